namespace OnRecord.Extraction.Quotes.Learning;

/// <summary>Where an attribution of the learned finder came from.</summary>
internal enum AttributionOrigin : byte
{
    /// <summary>The model's cue, content span and speaker.</summary>
    Model,

    /// <summary>The model's cue, with the rules' quotation-mark reading of it.</summary>
    RuleQuotation,

    /// <summary>A sure rule attribution the model passed over, added where it found nothing.</summary>
    RuleFill,
}

/// <summary>
/// What an attribution's confidence is estimated from (<see cref="ConfidenceCalibration"/>): how far the cue
/// score cleared its bar, how far the chosen span beat the runner-up, where the attribution came from, and
/// whether the cue is a speech verb, nested in another attribution's content, and has a speaker.
/// </summary>
internal readonly record struct ConfidenceEvidence(
    float CueMargin,
    float SpanMargin,
    AttributionOrigin Origin,
    bool SpeechCue,
    bool Nested,
    bool HasSpeaker,
    float RuleConfidence);
