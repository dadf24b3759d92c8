using System.Collections.Immutable;
using OnRecord.Core.Annotations;
using OnRecord.Core.Documents;

namespace OnRecord.Extraction.Quotes.Evaluation;

/// <summary>A human-annotated attribution: content envelope and fragments, speaker mention spans (possibly none), cue and kind.</summary>
public sealed record GoldQuote(
    TextRange Content,
    ImmutableArray<TextRange> Fragments,
    ImmutableArray<TextRange> Speaker,
    TextRange? Cue,
    QuoteKind Kind);

/// <summary>A document of a gold attribution file.</summary>
public sealed record GoldDocument(string Id, string Text, DateOnly? Date, string? Split, IReadOnlyList<GoldQuote> Quotes);
