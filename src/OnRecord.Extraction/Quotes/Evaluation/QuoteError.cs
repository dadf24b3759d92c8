using OnRecord.Core.Documents;

namespace OnRecord.Extraction.Quotes.Evaluation;

/// <summary>What went wrong with one quotation.</summary>
public enum QuoteErrorType
{
    /// <summary>A gold quotation no system quotation overlaps.</summary>
    Missed,

    /// <summary>A system quotation no gold quotation overlaps.</summary>
    Spurious,

    /// <summary>Overlapping, but the trimmed start differs.</summary>
    StartBoundary,

    /// <summary>Overlapping, but the trimmed end differs.</summary>
    EndBoundary,

    /// <summary>Overlapping, but both ends differ.</summary>
    BothBoundaries,

    /// <summary>Matched content, but the speaker mention misses the gold one.</summary>
    WrongSpeaker,
}

/// <summary>One error, located in a document, for error analysis.</summary>
public sealed record QuoteError(string DocumentId, QuoteErrorType Type, string Kind, TextRange? Gold, TextRange? System, TextRange? GoldSpeaker, TextRange? SystemSpeaker);
