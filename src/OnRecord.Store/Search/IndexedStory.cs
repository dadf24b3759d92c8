namespace OnRecord.Store.Search;

/// <summary>A quote as the search index sees it.</summary>
internal sealed record IndexedQuote(long RowId, string Content, string Kind, long? SpeakerId, IReadOnlyList<long> EntityIds, int? Day);

/// <summary>A story and its quotes as the search index sees them, read back from SQLite.</summary>
internal sealed record IndexedStory(long RowId, string Text, int? Day, IReadOnlyList<long> EntityIds, IReadOnlyList<long> SpeakerIds, IReadOnlyList<IndexedQuote> Quotes);
