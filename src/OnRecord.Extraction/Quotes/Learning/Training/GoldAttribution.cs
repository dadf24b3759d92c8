namespace OnRecord.Extraction.Quotes.Learning.Training;

/// <summary>A gold attribution in token terms: cue head, content tokens <c>[ContentStart, ContentEnd)</c>, and the tokens of the speaker mention (empty when none).</summary>
internal sealed record GoldAttribution(int Anchor, int ContentStart, int ContentEnd, int[] SpeakerTokens);
