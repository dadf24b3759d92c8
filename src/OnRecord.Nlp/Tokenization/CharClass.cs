namespace OnRecord.Nlp.Tokenization;

/// <summary>Character tests the tokenizer and splitter share; each is a handful of comparisons.</summary>
internal static class CharClass
{
    public static bool IsOpeningQuote(char c) => c is '“' or '‘' or '«' or '‹' or '„' or '‚';

    public static bool IsClosingQuote(char c) => c is '”' or '’' or '»' or '›';

    public static bool IsQuote(char c) => c is '"' or '\'' or '`' || IsOpeningQuote(c) || IsClosingQuote(c);

    public static bool IsOpeningBracket(char c) => c is '(' or '[' or '{' or '<';

    public static bool IsClosingBracket(char c) => c is ')' or ']' or '}' or '>';

    public static bool IsDash(char c) => c is '–' or '—' or '―' or '‒' or '−';

    public static bool IsSentenceFinal(char c) => c is '.' or '!' or '?' or '…' or '‼' or '⁇' or '⁈' or '⁉';

    public static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ' or '‘';

    public static bool IsCurrency(char c) => c is '$' or '€' or '£' or '¥' or '₽' or '₹' or '₩' or '¢' or '₴' or '₺';

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_' || char.GetUnicodeCategory(c) is
        System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    /// <summary>Spaces, tabs, newlines, and the invisible characters (zero-width, BOM) news text carries.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF' or '\u2060';
}
