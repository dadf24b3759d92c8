using OnRecord.Core.Annotations;

namespace OnRecord.Store.Query;

/// <summary>
/// What to find: statements (or, with <see cref="Documents"/>, stories) matching a Lucene query over their
/// text, said by a speaker, mentioning an entity, within dates (statement dates for quotes, publication
/// dates for stories), of a kind.
/// </summary>
public sealed record StatementQuery
{
    /// <summary>Lucene query syntax over the text (<c>sanctions AND "grain deal"</c>); null or blank for everything.</summary>
    public string? Text { get; init; }

    public string? Speaker { get; init; }

    public string? Entity { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public QuoteKind? Kind { get; init; }

    public int Limit { get; init; } = 20;

    public bool Documents { get; init; }

    public bool HasText => !string.IsNullOrWhiteSpace(Text);
}
