using OnRecord.Extraction.Quotes.Lexicon;

namespace OnRecord.Extraction.Quotes;

/// <summary>Reads the <see cref="WordShape"/> of a token's text.</summary>
internal static class WordShapes
{
    public static WordShape Of(ReadOnlySpan<char> word)
    {
        var shape = WordShape.None;
        var first = word[0];
        bool anyLetter = false, anyDigit = false, allUpper = true, anyLetterOrDigit = false;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                anyLetter = true;
                anyLetterOrDigit = true;
                allUpper &= char.IsUpper(c);
            }
            else if (char.IsDigit(c))
            {
                anyDigit = true;
                anyLetterOrDigit = true;
            }
        }
        if (char.IsUpper(first))
        {
            shape |= WordShape.Capitalized;
            if (allUpper && anyLetter && word.Length > 1)
            {
                shape |= WordShape.AllCaps;
            }
        }
        else if (char.IsLower(first))
        {
            shape |= WordShape.Lower;
        }
        if (anyDigit)
        {
            shape |= WordShape.Digit;
        }
        if (!anyLetterOrDigit)
        {
            shape |= WordShape.Punct;
            if (word.Length == 1)
            {
                shape |= first switch
                {
                    ',' => WordShape.Comma,
                    '.' or '!' or '?' or '…' => WordShape.SentenceFinal,
                    ':' or ';' => WordShape.Colon,
                    '—' or '–' or '-' or '―' => WordShape.Dash,
                    '(' or ')' or '[' or ']' => WordShape.Bracket,
                    _ => WordShape.None,
                };
            }
            else if (word is "--" or "...")
            {
                shape |= word[0] == '-' ? WordShape.Dash : WordShape.SentenceFinal;
            }
        }
        // "US" is a country, not the pronoun "us".
        if (Pronouns.IsPronoun(word) && (shape & WordShape.AllCaps) == 0 || word is "I")
        {
            shape |= WordShape.Pronoun;
        }
        if (NameWords.Honorifics.Contains(word) && char.IsUpper(first))
        {
            shape |= WordShape.Honorific;
        }
        return shape;
    }
}
