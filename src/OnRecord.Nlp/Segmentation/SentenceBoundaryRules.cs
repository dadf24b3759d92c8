using OnRecord.Core.Documents;
using OnRecord.Nlp.Tokenization;

namespace OnRecord.Nlp.Segmentation;

/// <summary>
/// Hand-written sentence boundary rules: after terminal punctuation and any closing quotes or brackets
/// when what follows can start a sentence; at paragraph breaks; after a headline line. Titles ("Mr.")
/// never end a sentence; other abbreviations ("U.S.", "Inc.") do when a clear sentence opener follows.
/// The learned splitter uses their decision as a feature and corrects it.
/// </summary>
internal static class SentenceBoundaryRules
{
    /// <summary>Marks <c>breakAfter[i]</c> for every token the rules end a sentence with.</summary>
    public static void Mark(ReadOnlySpan<TokenData> tokens, ReadOnlySpan<char> text, Span<bool> breakAfter)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            var after = BoundaryAfter(tokens, text, i);
            if (after >= 0)
            {
                breakAfter[after] = true;
                i = after;
            }
        }
    }

    /// <summary>If a sentence ends at or shortly after token <paramref name="i"/>, the index of its last token; else -1.</summary>
    public static int BoundaryAfter(ReadOnlySpan<TokenData> tokens, ReadOnlySpan<char> text, int i)
    {
        if (i + 1 >= tokens.Length)
        {
            return -1;
        }
        ref readonly var token = ref tokens[i];
        if ((tokens[i + 1].Flags & TokenFlags.ParagraphStart) != 0)
        {
            return i;
        }
        var word = text[token.Start..token.End];
        if (IsTerminal(word))
        {
            // Absorb closing quotes and brackets: “… to us,” he said. / … interfered.” He
            var last = i;
            while (last + 1 < tokens.Length && IsCloser(tokens, text, last + 1))
            {
                last++;
            }
            if (last + 1 >= tokens.Length)
            {
                return -1;
            }
            if ((tokens[last + 1].Flags & TokenFlags.ParagraphStart) != 0)
            {
                return last;
            }
            var next = text[tokens[last + 1].Start..tokens[last + 1].End];
            return CanStartSentence(next) ? last : -1;
        }
        if (word.Length > 1 && word[^1] == '.' && !Abbreviations.IsTitle(word))
        {
            // "… in the U.S. The Kremlin …": an abbreviation ends the sentence before a clear sentence opener.
            var next = text[tokens[i + 1].Start..tokens[i + 1].End];
            if (SentenceOpeners.Contains(next) || (next.Length == 1 && CharClass.IsOpeningQuote(next[0])))
            {
                return i;
            }
            return -1;
        }
        if ((token.Flags & TokenFlags.NewlineAfter) != 0 && IsHeadlineBreak(tokens, text, i))
        {
            return i;
        }
        return -1;
    }

    private static bool IsTerminal(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return false;
        }
        foreach (var c in word)
        {
            if (!CharClass.IsSentenceFinal(c))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsCloser(ReadOnlySpan<TokenData> tokens, ReadOnlySpan<char> text, int k)
    {
        ref readonly var t = ref tokens[k];
        if (t.End - t.Start != 1)
        {
            return false;
        }
        var c = text[t.Start];
        if (CharClass.IsClosingQuote(c) || CharClass.IsClosingBracket(c))
        {
            return true;
        }
        // A straight quote right after the punctuation (no space) closes; one after a space opens.
        return (c == '"' || c == '\'') && (tokens[k - 1].Flags & TokenFlags.SpaceAfter) == 0;
    }

    private static bool CanStartSentence(ReadOnlySpan<char> next)
    {
        var c = next[0];
        if (char.IsUpper(c) || char.IsDigit(c) || CharClass.IsOpeningQuote(c) || CharClass.IsOpeningBracket(c) || c is '"' or '\'' or '-' or '•' or '*' or '#' or '@')
        {
            return true;
        }
        if (char.IsLetter(c))
        {
            // Lower-case starts are rare in news but common in web text ("i", "iPhone").
            return next.Length > 1 && char.IsUpper(next[1]) || next is "i";
        }
        return CharClass.IsDash(c) || CharClass.IsCurrency(c);
    }

    /// <summary>A line break ends a sentence when the line is short and unpunctuated (a headline) and the next line starts a sentence.</summary>
    private static bool IsHeadlineBreak(ReadOnlySpan<TokenData> tokens, ReadOnlySpan<char> text, int i)
    {
        var word = text[tokens[i].Start..tokens[i].End];
        if (word.Length == 1 && word[0] is ',' or ';' or ':' or '-' or '(' or '&')
        {
            return false;
        }
        var next = text[tokens[i + 1].Start..tokens[i + 1].End];
        if (!CanStartSentence(next))
        {
            return false;
        }
        var lineStart = tokens[i].Start;
        while (lineStart > 0 && text[lineStart - 1] != '\n')
        {
            lineStart--;
        }
        return tokens[i].End - lineStart < 80;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceOpeners =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
        [
            "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "But", "And", "Or",
            "In", "On", "At", "For", "If", "When", "While", "After", "Before", "As", "His", "Her", "Their", "Its", "Our", "My",
            "There", "Some", "Many", "Most", "Officials", "However", "Meanwhile", "Also", "So", "Yet", "Still", "Now", "Then",
            "What", "Who", "Why", "How", "Where", "No", "Yes", "One", "Two", "Three", "Asked", "According",
        ], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
}
