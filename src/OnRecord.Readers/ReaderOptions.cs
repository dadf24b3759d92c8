namespace OnRecord.Readers;

public sealed record ReaderOptions
{
    /// <summary>Publication date for inputs that carry none (plain text).</summary>
    public DateOnly? DefaultDate { get; init; }

    /// <summary>Largest document accepted, in characters; bigger inputs are refused with E104 rather than exhausting memory.</summary>
    public int MaxDocumentChars { get; init; } = 10_000_000;
}
