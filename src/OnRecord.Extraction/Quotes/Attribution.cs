namespace OnRecord.Extraction.Quotes;

/// <summary>
/// An attribution found in token terms, before it becomes a <see cref="Core.Annotations.Quote"/>:
/// cue tokens <c>[CueStart, CueEnd)</c> around the head word <see cref="Anchor"/>, content tokens
/// <c>[ContentStart, ContentEnd)</c> and the speaker's head token (-1 when none) with its phrase.
/// </summary>
internal struct Attribution
{
    public int Anchor;
    public int CueStart;
    public int CueEnd;
    public int ContentStart;
    public int ContentEnd;
    public int SpeakerHead;
    public int SpeakerStart;
    public int SpeakerEnd;

    /// <summary>Estimated probability that the attribution is right, in [0, 1].</summary>
    public float Confidence;

    /// <summary>What the learned finder estimated <see cref="Confidence"/> from (default for the rules).</summary>
    public Learning.ConfidenceEvidence Evidence;

    public readonly bool HasSpeaker => SpeakerHead >= 0;

    public readonly bool ContentContains(int token) => token >= ContentStart && token < ContentEnd;
}
