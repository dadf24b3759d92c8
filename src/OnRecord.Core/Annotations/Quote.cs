using System.Collections.Immutable;
using OnRecord.Core.Documents;

namespace OnRecord.Core.Annotations;

public enum QuoteKind : byte
{
    /// <summary>Every content fragment is inside quotation marks.</summary>
    Direct,

    /// <summary>Reported speech with no quotation marks.</summary>
    Indirect,

    /// <summary>Reported speech containing quoted fragments.</summary>
    Mixed,
}

/// <summary>
/// Who is speaking: the mention in the text ("he", "Mr Peskov", "a 2019 report by …") and what it resolves to.
/// </summary>
public readonly record struct QuoteSpeaker(TextRange Mention, string? Canonical, string? Role = null, EntityLabel? Label = null);

/// <summary>
/// An attribution: words (or their gist) attributed to a speaker through a cue.
/// <see cref="Content"/> is the envelope from the first content fragment to the last;
/// <see cref="Fragments"/> lists them when the attribution interrupts the content ("A," he said, "B.").
/// </summary>
public sealed record Quote
{
    public required TextRange Content { get; init; }

    public ImmutableArray<TextRange> Fragments { get; init; } = [];

    public required QuoteKind Kind { get; init; }

    public TextRange? Cue { get; init; }

    public QuoteSpeaker? Speaker { get; init; }

    /// <summary>Confidence in [0, 1] that the attribution is right.</summary>
    public float Confidence { get; init; } = 1f;

    /// <summary>When the statement was made, as a TIMEX3 value; the document date unless the text says otherwise.</summary>
    public string? StatementDate { get; init; }
}
