using OnRecord.Store.Query;

namespace OnRecord.Store.Export;

/// <summary>One column of an export: its name, its type (long, int, double or string) and how to read it from a row.</summary>
public sealed record ExportColumn<T>(string Name, Type Type, Func<T, object?> Value);

/// <summary>The columns every export format writes, in order, so that JSONL, CSV and Parquet agree.</summary>
public static class ExportColumns
{
    public static IReadOnlyList<ExportColumn<QuoteRow>> Quotes { get; } =
    [
        new("id", typeof(long), q => q.Id),
        new("doc_id", typeof(string), q => q.DocId),
        new("date", typeof(string), q => q.Date),
        new("statement_day", typeof(string), q => q.Day),
        new("statement_date", typeof(string), q => q.StatementDate),
        new("speaker", typeof(string), q => q.Speaker),
        new("speaker_mention", typeof(string), q => q.SpeakerMention),
        new("speaker_role", typeof(string), q => q.SpeakerRole),
        new("kind", typeof(string), q => q.Kind),
        new("cue", typeof(string), q => q.Cue),
        new("content", typeof(string), q => q.Content),
        new("confidence", typeof(double), q => Math.Round(q.Confidence, 3)),
        new("source", typeof(string), q => q.Source),
        new("title", typeof(string), q => q.Title),
        new("url", typeof(string), q => q.Url),
        new("copies", typeof(int), q => q.Copies),
    ];

    public static IReadOnlyList<ExportColumn<StoryRow>> Stories { get; } =
    [
        new("id", typeof(long), s => s.Id),
        new("doc_id", typeof(string), s => s.DocId),
        new("date", typeof(string), s => s.Date),
        new("dateline", typeof(string), s => s.Dateline),
        new("source", typeof(string), s => s.Source),
        new("title", typeof(string), s => s.Title),
        new("url", typeof(string), s => s.Url),
        new("quotes", typeof(int), s => s.Quotes),
        new("copies", typeof(int), s => s.Copies.Count),
        new("copy_ids", typeof(string), s => s.Copies.Count == 0 ? null : string.Join(';', s.Copies.Select(c => c.DocId))),
        new("copy_sources", typeof(string), s => s.Copies.Count == 0 ? null : string.Join(';', s.Copies.Select(c => c.Source ?? ""))),
    ];
}
