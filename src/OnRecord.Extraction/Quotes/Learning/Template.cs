namespace OnRecord.Extraction.Quotes.Learning;

/// <summary>Feature templates are named; the name's hash keeps templates apart in the shared weight table.</summary>
internal static class Template
{
    public static ulong Of(string name) => WordHash.Of(name) ^ 0x5bd1e9955bd1e995UL;
}
