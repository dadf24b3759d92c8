namespace OnRecord.Nlp.Evaluation;

/// <summary>Exact-span entity scores: micro counts overall and per label, in the gold file's labels and mapped to PER/ORG/LOC.</summary>
public sealed class NerScores
{
    public int Sentences { get; init; }

    public int Tokens { get; init; }

    /// <summary>True when the gold file uses CoNLL/UNER labels (PER, ORG, LOC, MISC) rather than OntoNotes ones.</summary>
    public bool ConllStyleGold { get; init; }

    /// <summary>Exact span and label, OntoNotes labels (only meaningful for OntoNotes-style gold).</summary>
    public PrfCounts Exact { get; init; }

    public SortedDictionary<string, PrfCounts> ExactByLabel { get; } = new(StringComparer.Ordinal);

    /// <summary>Exact span, labels mapped to PER/ORG/LOC (PERSON→PER, GPE/LOC/FAC→LOC; others dropped).</summary>
    public PrfCounts Mapped { get; init; }

    public SortedDictionary<string, PrfCounts> MappedByLabel { get; } = new(StringComparer.Ordinal);

    /// <summary>The headline figure: mapped for CoNLL-style gold, exact otherwise.</summary>
    public PrfCounts Main => ConllStyleGold ? Mapped : Exact;
}
