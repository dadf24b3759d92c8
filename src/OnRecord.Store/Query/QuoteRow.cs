namespace OnRecord.Store.Query;

/// <summary>A stored statement with the story it comes from; <see cref="Speaker"/> is the merged entity's name.</summary>
public sealed record QuoteRow(
    long Id,
    long DocumentId,
    string DocId,
    string? Date,
    string? Source,
    string? Title,
    string? Url,
    string? Speaker,
    string? SpeakerMention,
    string? SpeakerRole,
    string Kind,
    string? Cue,
    string Content,
    double Confidence,
    string? StatementDate,
    int? StatementDay,
    int Copies)
{
    /// <summary>The statement's day as YYYY-MM-DD (its own date when known, else the story's).</summary>
    public string? Day => StatementDay is { } d ? $"{d / 10000:D4}-{d / 100 % 100:D2}-{d % 100:D2}" : Date;
}

/// <summary>A syndicated copy of a stored story.</summary>
public sealed record CopyRow(string DocId, string Kind, double Similarity, string? Date, string? Source, string? Title, string? Url);

/// <summary>A stored (canonical) story.</summary>
public sealed record StoryRow(
    long Id,
    string DocId,
    string? Date,
    string? Dateline,
    string? Source,
    string? Title,
    string? Url,
    string Snippet,
    int Quotes,
    IReadOnlyList<CopyRow> Copies);

/// <summary>A page of results and how many matched in all.</summary>
public sealed record SearchResult<T>(int Total, IReadOnlyList<T> Rows);
