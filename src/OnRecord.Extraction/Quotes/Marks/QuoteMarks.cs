namespace OnRecord.Extraction.Quotes.Marks;

/// <summary>How a character can act as a quotation mark.</summary>
internal enum MarkRole : byte
{
    None,

    /// <summary>Only ever opens a quotation: “ „ « ‹ ‘ and the TeX-style ``.</summary>
    Open,

    /// <summary>Only ever closes one: ” » ›.</summary>
    Close,

    /// <summary>Opens or closes depending on its neighbours: the straight " and a doubled apostrophe ''.</summary>
    Either,

    /// <summary>’ and ': close a single quotation, or are an apostrophe inside or after a word.</summary>
    CloseOrApostrophe,
}

/// <summary>Quotation-mark characters: which are marks, whether double or single, and what role each can play.</summary>
internal static class QuoteMarks
{
    public static bool IsMark(char c) => c is '"' or '\'' or '`' or '“' or '”' or '„' or '‟' or '«' or '»' or '‹' or '›' or '‘' or '’' or '‚';

    /// <summary>Marks that may be stripped from the edges of a quotation (evaluation trims them).</summary>
    public static bool IsTrimmable(char c) => IsMark(c);

    /// <summary>Classifies the mark at <paramref name="i"/>; <paramref name="length"/> is 2 for `` and ''.</summary>
    public static MarkRole Classify(ReadOnlySpan<char> text, int i, out bool isDouble, out int length)
    {
        var c = text[i];
        length = 1;
        isDouble = true;
        switch (c)
        {
            case '“' or '„' or '‟' or '«':
                return MarkRole.Open;
            case '”' or '»':
                return MarkRole.Close;
            case '"':
                return MarkRole.Either;
            case '‹':
                isDouble = false;
                return MarkRole.Open;
            case '›':
                isDouble = false;
                return MarkRole.Close;
            case '`' when i + 1 < text.Length && text[i + 1] == '`':
                length = 2;
                return MarkRole.Open;
            case '\'' when i + 1 < text.Length && text[i + 1] == '\'':
                length = 2;
                return MarkRole.Either;
            case '‘' or '‚' or '`':
                isDouble = false;
                return MarkRole.Open;
            case '’' or '\'':
                isDouble = false;
                return MarkRole.CloseOrApostrophe;
            default:
                isDouble = false;
                return MarkRole.None;
        }
    }
}
