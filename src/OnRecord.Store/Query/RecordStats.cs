namespace OnRecord.Store.Query;

/// <summary>What a record holds; the indexed counts equal the stored ones when the index is level with SQLite.</summary>
public sealed record RecordStats(
    int Stories,
    int Copies,
    int Quotes,
    int Entities,
    int Mentions,
    int Timexes,
    int IndexedDocuments,
    int IndexedQuotes,
    int IndexedStories);
