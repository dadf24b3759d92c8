namespace OnRecord.Extraction.Quotes.Learning;

/// <summary>
/// How sure the cue classifier must be, tuned on development data: a token is a cue when its score exceeds
/// <see cref="Threshold"/>, plus <see cref="WeakMargin"/> when it is not a speech verb of the lexicon; a cue
/// inside another attribution's content must also exceed that bar by <see cref="NestedMargin"/>.
/// </summary>
public readonly record struct CueThresholds(float Threshold, float WeakMargin, float NestedMargin);
