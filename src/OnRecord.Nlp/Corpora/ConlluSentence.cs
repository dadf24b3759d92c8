namespace OnRecord.Nlp.Corpora;

/// <summary>One syntactic word of a CoNLL-U sentence. <see cref="Head"/> is 0 for the root, else the 1-based id of the head.</summary>
public sealed record ConlluWord(
    int Id, string Form, string Lemma, string Upos, string Xpos, string Feats, int Head, string Deprel, string Misc)
{
    public bool SpaceAfter => !Misc.Contains("SpaceAfter=No", StringComparison.Ordinal);
}

/// <summary>A multiword token: surface form covering words <see cref="First"/>..<see cref="Last"/> (1-based, inclusive).</summary>
public sealed record ConlluMultiword(int First, int Last, string Form, string Misc)
{
    public bool SpaceAfter => !Misc.Contains("SpaceAfter=No", StringComparison.Ordinal);
}

public sealed class ConlluSentence
{
    public string? SentId { get; set; }

    public string? Text { get; set; }

    public bool NewDocument { get; set; }

    public bool NewParagraph { get; set; }

    public List<ConlluWord> Words { get; } = [];

    public List<ConlluMultiword> Multiwords { get; } = [];

    /// <summary>Comment lines other than text/sent_id (GUM keeps entity annotation here and in MISC).</summary>
    public List<string> Comments { get; } = [];
}
