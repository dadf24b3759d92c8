namespace OnRecord.Readers;

public sealed record ReaderOptions
{
    /// <summary>Publication date for inputs that carry none (plain text).</summary>
    public DateOnly? DefaultDate { get; init; }

    /// <summary>Largest document accepted, in characters; bigger inputs are refused with E104 rather than exhausting memory.</summary>
    public int MaxDocumentChars { get; init; } = 10_000_000;

    /// <summary>For feed items with a link, fetch the linked article page and take its text (through SmartReader) instead of the item's summary.</summary>
    public bool FetchFeedArticles { get; init; }
}
