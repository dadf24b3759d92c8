namespace OnRecord.Nlp.Evaluation;

/// <summary>CoNLL 2018 shared-task figures; layers the pipeline did not fill are null.</summary>
public sealed record UdScores
{
    public required PrfCounts Tokens { get; init; }

    public required PrfCounts Sentences { get; init; }

    public required PrfCounts Words { get; init; }

    public PrfCounts? Upos { get; init; }

    public PrfCounts? Xpos { get; init; }

    public PrfCounts? Lemmas { get; init; }

    public PrfCounts? Uas { get; init; }

    public PrfCounts? Las { get; init; }

    /// <summary>Name and F1 (in percent) of each available figure, in the shared task's order.</summary>
    public IEnumerable<(string Name, PrfCounts Counts)> All()
    {
        yield return ("Tokens", Tokens);
        yield return ("Sentences", Sentences);
        yield return ("Words", Words);
        if (Upos is { } upos)
        {
            yield return ("UPOS", upos);
        }
        if (Xpos is { } xpos)
        {
            yield return ("XPOS", xpos);
        }
        if (Lemmas is { } lemmas)
        {
            yield return ("Lemmas", lemmas);
        }
        if (Uas is { } uas)
        {
            yield return ("UAS", uas);
        }
        if (Las is { } las)
        {
            yield return ("LAS", las);
        }
    }
}
