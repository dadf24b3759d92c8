namespace OnRecord.Store.Search;

/// <summary>
/// The search index holds two kinds of Lucene documents, one per quote and one per story, keyed by their
/// SQLite row ids. Entities are indexed by their own ids, not their merged root, so that a later merge
/// needs no re-indexing: a filter expands a root to all its ids.
/// </summary>
internal static class IndexFields
{
    public const string Type = "type";
    public const string QuoteType = "quote";
    public const string DocumentType = "doc";

    /// <summary>The story's row id; every Lucene document of a story carries it, so a story is replaced as one block.</summary>
    public const string Document = "did";

    /// <summary>The row id of the quote or story (stored, and as doc values for bulk export).</summary>
    public const string Row = "row";

    public const string Text = "text";
    public const string Speaker = "speaker";
    public const string Entity = "entity";
    public const string Kind = "kind";

    /// <summary>YYYYMMDD: the statement's day for a quote, the publication day for a story; indexed for ranges.</summary>
    public const string Day = "day";

    /// <summary>The same day as doc values, for sorting.</summary>
    public const string DaySort = "day_sort";

    /// <summary>Commit user data: the highest <c>index_queue.seq</c> whose document this commit holds.</summary>
    public const string QueueWatermark = "queue_seq";
}
