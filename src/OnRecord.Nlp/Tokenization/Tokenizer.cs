using OnRecord.Core.Documents;

namespace OnRecord.Nlp.Tokenization;

/// <summary>
/// Splits text into UD English syntactic words with exact offsets: clitics come off as their own words
/// ("do" "n't", "Russia" "'s", joined as one surface token), punctuation is separated, and
/// abbreviations, initials, numbers, URLs, e-mail addresses and hashtags stay whole. Stateless and thread-safe.
/// </summary>
public sealed class Tokenizer
{
    public static Tokenizer Default { get; } = new();

    /// <summary>Tokenizes <paramref name="range"/> of <paramref name="text"/>; returns the token array (longer than needed) and the count.</summary>
    public TokenData[] Tokenize(string text, TextRange range, out int count)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = new TokenBuffer(range.Length / 5 + 8);
        var span = text.AsSpan();
        var i = range.Start;
        var end = range.End;
        var newlines = 2; // the body start counts as a paragraph start
        while (i < end)
        {
            var c = span[i];
            if (CharClass.IsSpace(c))
            {
                if (c == '\n')
                {
                    newlines++;
                    if (buffer.Count > 0)
                    {
                        buffer.Last.Flags |= TokenFlags.NewlineAfter;
                    }
                }
                if (buffer.Count > 0)
                {
                    buffer.Last.Flags |= TokenFlags.SpaceAfter;
                }
                i++;
                continue;
            }
            var chunkEnd = i + 1;
            while (chunkEnd < end && !CharClass.IsSpace(span[chunkEnd]))
            {
                chunkEnd++;
            }
            var first = buffer.Count;
            TokenizeChunk(span, i, chunkEnd, ref buffer);
            if (newlines >= 2 && buffer.Count > first)
            {
                buffer.Items[first].Flags |= TokenFlags.ParagraphStart;
            }
            newlines = 0;
            i = chunkEnd;
        }
        count = buffer.Count;
        return buffer.Items;
    }

    /// <summary>Tokenizes one whitespace-free chunk <c>[start, end)</c>.</summary>
    private static void TokenizeChunk(ReadOnlySpan<char> text, int start, int end, ref TokenBuffer buffer)
    {
        // Leading punctuation.
        while (start < end)
        {
            var length = LeadingPunctuationLength(text, start, end);
            if (length == 0)
            {
                break;
            }
            buffer.Add(start, start + length);
            start += length;
        }
        if (start >= end)
        {
            return;
        }

        // Whole-chunk forms: URLs, e-mail addresses, handles and hashtags keep their inner punctuation.
        var special = SpecialFormLength(text, start, end);
        if (special > 0)
        {
            buffer.Add(start, start + special);
            start += special;
            if (start >= end)
            {
                return;
            }
        }

        // Trailing punctuation is peeled from the right and emitted after the core.
        Span<int> trailing = stackalloc int[32];
        var trailingCount = 0;
        var coreEnd = end;
        while (coreEnd > start && trailingCount < trailing.Length - 1)
        {
            var length = TrailingPunctuationLength(text, start, coreEnd);
            if (length == 0)
            {
                break;
            }
            coreEnd -= length;
            trailing[trailingCount++] = coreEnd;
        }

        if (coreEnd > start)
        {
            TokenizeCore(text, start, coreEnd, ref buffer);
        }
        var from = coreEnd;
        for (var t = trailingCount - 1; t >= 0; t--)
        {
            var tokenEnd = t == 0 ? end : trailing[t - 1];
            buffer.Add(from, tokenEnd);
            from = tokenEnd;
        }
    }

    private static int LeadingPunctuationLength(ReadOnlySpan<char> text, int i, int end)
    {
        var c = text[i];
        var emoticon = EmoticonLength(text[i..end]);
        if (emoticon > 0)
        {
            return emoticon;
        }
        var run = PunctuationRunLength(text, i, end);
        if (run > 1)
        {
            return run;
        }
        if (c == '#' && i + 1 < end && char.IsDigit(text[i + 1]))
        {
            return 1;
        }
        if (c == '.' && i + 2 < end && text[i + 1] == '.' && text[i + 2] == '.')
        {
            return RunLength(text, i, end, '.');
        }
        if (c == '-' && i + 1 < end && text[i + 1] == '-')
        {
            return RunLength(text, i, end, '-');
        }
        if (CharClass.IsApostrophe(c) && i + 1 < end)
        {
            // '90s, 'em, 'cause: the apostrophe belongs to the word.
            if (char.IsDigit(text[i + 1]) && i + 2 < end && char.IsDigit(text[i + 2]))
            {
                return 0;
            }
            var rest = text[(i + 1)..end];
            if (rest.StartsWith("em", StringComparison.OrdinalIgnoreCase) && (rest.Length == 2 || !char.IsLetter(rest[2])))
            {
                return 0;
            }
            if (CliticLength(text, i, end) == end - i)
            {
                return 0;
            }
        }
        if (CharClass.IsQuote(c) || CharClass.IsOpeningBracket(c) || CharClass.IsClosingBracket(c) || CharClass.IsDash(c)
            || c is '…' or '¿' or '¡' or '*' or '•' or '·' or '|' or '~' or ',' or ';' or '=' or '+' or '^' or '§' or '¶')
        {
            return 1;
        }
        if (CharClass.IsCurrency(c) && i + 1 < end)
        {
            return 1;
        }
        if ((c == '-' || c == ':' || c == '!' || c == '?' || c == '/' || c == '&') && i + 1 < end)
        {
            // A hyphen before a digit is a minus sign and stays with the number.
            return c == '-' && (char.IsDigit(text[i + 1]) || text[i + 1] == '.') ? 0 : 1;
        }
        return 0;
    }

    private static int TrailingPunctuationLength(ReadOnlySpan<char> text, int start, int end)
    {
        var c = text[end - 1];
        for (var k = Math.Max(start + 1, end - 4); k < end - 1; k++)
        {
            if (EmoticonLength(text[k..end]) == end - k)
            {
                return end - k;
            }
        }
        var run = BackPunctuationRunLength(text, start, end);
        if (run > 1 && run < end - start)
        {
            return run;
        }
        switch (c)
        {
            case '.':
                if (end - start >= 3 && text[end - 2] == '.' && text[end - 3] == '.')
                {
                    return BackRunLength(text, start, end, '.');
                }
                if (end - start == 1)
                {
                    return 1;
                }
                // "Mr." "U.S." "S." keep the period.
                return Abbreviations.TakesPeriod(text[start..(end - 1)]) ? 0 : 1;
            case '-':
                return end - start > 1 && text[end - 2] == '-' ? BackRunLength(text, start, end, '-') : 1;
            case '%':
            case '‰':
            case ',':
            case ';':
            case ':':
            case '!':
            case '?':
            case '…':
            case '"':
            case '*':
            case '•':
            case '|':
            case '‼':
            case '⁉':
                return 1;
            case '\'':
            case '’':
                // "parents'" is a possessive clitic, not a closing quote.
                if (end - start >= 2 && (text[end - 2] is 's' or 'S') && end - start > 2 && char.IsLetter(text[end - 3]))
                {
                    return 0;
                }
                return 1;
            default:
                if (CharClass.IsClosingQuote(c) || CharClass.IsOpeningQuote(c) || CharClass.IsClosingBracket(c)
                    || CharClass.IsDash(c) || CharClass.IsOpeningBracket(c))
                {
                    return 1;
                }
                return 0;
        }
    }

    /// <summary>Splits the punctuation-trimmed core of a chunk into words.</summary>
    private static void TokenizeCore(ReadOnlySpan<char> text, int start, int end, ref TokenBuffer buffer)
    {
        var wordStart = start;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            var split = SplitLengthAt(text, start, i, end);
            if (split > 0)
            {
                if (i > wordStart)
                {
                    AddWord(text, wordStart, i, ref buffer);
                }
                buffer.Add(i, i + split);
                i += split;
                wordStart = i;
                continue;
            }
            _ = c;
            i++;
        }
        if (end > wordStart)
        {
            AddWord(text, wordStart, end, ref buffer);
        }
    }

    /// <summary>Length of a punctuation token that must be split out at <paramref name="i"/> inside a word, or 0.</summary>
    private static int SplitLengthAt(ReadOnlySpan<char> text, int wordStart, int i, int end)
    {
        var c = text[i];
        var prev = i > wordStart ? text[i - 1] : '\0';
        var next = i + 1 < end ? text[i + 1] : '\0';
        var run = PunctuationRunLength(text, i, end);
        if (run > 1)
        {
            return run;
        }
        switch (c)
        {
            case '.':
                if (next == '.' && i + 2 < end && text[i + 2] == '.')
                {
                    return RunLength(text, i, end, '.');
                }
                return 0;
            case ',':
                return char.IsDigit(prev) && char.IsDigit(next) ? 0 : 1;
            case ':':
                return char.IsDigit(prev) && char.IsDigit(next) ? 0 : 1;
            case '/':
                // "1/2", and short forms such as "b/c" and "w/o", stay whole.
                if (char.IsDigit(prev) && char.IsDigit(next))
                {
                    return 0;
                }
                return i - wordStart == 1 && end - i <= 2 && char.IsLetter(prev) ? 0 : 1;
            case '-':
                if (next == '-')
                {
                    return RunLength(text, i, end, '-');
                }
                return HyphenSplits(text, wordStart, i, end) ? 1 : 0;
            case '…':
            case ';':
            case '!':
            case '?':
            case '"':
            case '(':
            case ')':
            case '[':
            case ']':
            case '{':
            case '}':
            case '%':
                return 1;
            default:
                if (CharClass.IsDash(c) || CharClass.IsOpeningQuote(c) || c == '”' || c == '»')
                {
                    return 1;
                }
                return 0;
        }
    }

    private static readonly string[] HyphenPrefixes =
    [
        "e", "non", "pre", "post", "re", "co", "anti", "pro", "counter", "mis", "cross", "multi", "inter", "intra", "sub",
        "semi", "ex", "mid", "neo", "over", "mini", "socio", "psycho", "quasi", "pseudo", "ultra", "micro", "macro", "mega",
    ];

    /// <summary>
    /// UD English splits most hyphenated compounds ("15-year" → "15" "-" "year") but keeps
    /// prefixed words ("e-mail", "non-Microsoft", "pre-war") and alphanumeric codes ("F-16", "COVID-19", phone numbers).
    /// </summary>
    private static bool HyphenSplits(ReadOnlySpan<char> text, int wordStart, int i, int end)
    {
        if (i + 1 >= end)
        {
            return true;
        }
        if (i == wordStart)
        {
            // A leading hyphen before a number is a minus sign.
            return !(char.IsDigit(text[i + 1]) || (text[i + 1] == '.' && i + 2 < end && char.IsDigit(text[i + 2])));
        }
        var prev = text[i - 1];
        var next = text[i + 1];
        if (char.IsDigit(prev) && char.IsDigit(next))
        {
            return !IsDigitCode(text, wordStart, end);
        }
        if (!char.IsLetterOrDigit(prev) || !char.IsLetterOrDigit(next))
        {
            return true;
        }
        // The segment before the hyphen, from the word start or the previous hyphen.
        var segStart = i - 1;
        while (segStart > wordStart && char.IsLetter(text[segStart - 1]))
        {
            segStart--;
        }
        var segment = text[segStart..i];
        foreach (var prefix in HyphenPrefixes)
        {
            if (segment.Equals(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Hyphenated digit groups that are one token in UD English: phone numbers ("713-853-3242", "853-3242") and
    /// ISO dates ("2024-03-06"); ranges and scores ("1-2", "10-15") are split.
    /// </summary>
    private static bool IsDigitCode(ReadOnlySpan<char> text, int wordStart, int end)
    {
        var word = text[wordStart..end];
        var groups = 0;
        var firstLength = 0;
        var length = 0;
        foreach (var c in word)
        {
            if (char.IsDigit(c))
            {
                length++;
                continue;
            }
            if (c != '-' || length == 0)
            {
                return false;
            }
            if (groups == 0)
            {
                firstLength = length;
            }
            groups++;
            length = 0;
        }
        if (length == 0)
        {
            return false;
        }
        groups++;
        return firstLength >= 3 && (groups >= 3 || length >= 4);
    }

    /// <summary>Adds a word, splitting off clitics ("n't", "'s", "'ll") and fused forms ("cannot", "gonna").</summary>
    private static void AddWord(ReadOnlySpan<char> text, int start, int end, ref TokenBuffer buffer)
    {
        var word = text[start..end];
        var fused = FusedSplit(word);
        if (fused > 0)
        {
            buffer.Add(start, start + fused, TokenFlags.JoinedToNext);
            buffer.Add(start + fused, end);
            return;
        }
        // Clitics: find the earliest split point such that the rest is a clitic.
        for (var k = start + 1; k < end; k++)
        {
            var length = CliticLength(text, k, end);
            if (length == end - k)
            {
                // "can't" → "ca" "n't": the n of n't is taken from the host.
                buffer.Add(start, k, TokenFlags.JoinedToNext);
                buffer.Add(k, end);
                return;
            }
        }
        buffer.Add(start, end);
    }

    /// <summary>Length of a clitic starting at <paramref name="i"/> ("n't", "'s", "’ll", "'"), or 0.</summary>
    private static int CliticLength(ReadOnlySpan<char> text, int i, int end)
    {
        var rest = text[i..end];
        if (rest.Length == 1 && CharClass.IsApostrophe(rest[0]) && i > 0 && text[i - 1] is 's' or 'S')
        {
            return 1;
        }
        if (rest.Length == 3 && (rest[0] is 'n' or 'N') && CharClass.IsApostrophe(rest[1]) && (rest[2] is 't' or 'T'))
        {
            return 3;
        }
        if (rest.Length < 2 || !CharClass.IsApostrophe(rest[0]))
        {
            return 0;
        }
        var tail = rest[1..];
        if (tail.Equals("s", StringComparison.OrdinalIgnoreCase) || tail.Equals("m", StringComparison.OrdinalIgnoreCase)
            || tail.Equals("d", StringComparison.OrdinalIgnoreCase) || tail.Equals("ll", StringComparison.OrdinalIgnoreCase)
            || tail.Equals("re", StringComparison.OrdinalIgnoreCase) || tail.Equals("ve", StringComparison.OrdinalIgnoreCase))
        {
            return rest.Length;
        }
        return 0;
    }

    /// <summary>Split point of fused forms UD treats as two words ("cannot", "gonna", "wanna", "gotta"), or 0.</summary>
    private static int FusedSplit(ReadOnlySpan<char> word)
    {
        if (word.Length == 6 && word.Equals("cannot", StringComparison.OrdinalIgnoreCase))
        {
            return 3;
        }
        if (word.Length == 5 && (word.Equals("gonna", StringComparison.OrdinalIgnoreCase)
            || word.Equals("wanna", StringComparison.OrdinalIgnoreCase) || word.Equals("gotta", StringComparison.OrdinalIgnoreCase)))
        {
            return 3;
        }
        return 0;
    }

    /// <summary>URLs, e-mail addresses, @handles and #hashtags at <paramref name="i"/>: their length without trailing punctuation, or 0.</summary>
    private static int SpecialFormLength(ReadOnlySpan<char> text, int i, int end)
    {
        var rest = text[i..end];
        var isUrl = rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase);
        if (!isUrl)
        {
            var at = rest.IndexOf('@');
            if (at > 0 && at < rest.Length - 3 && IsEmailLocal(rest[..at]) && rest[(at + 1)..].Contains('.'))
            {
                isUrl = true;
            }
            else if ((rest[0] == '#' && rest.Length > 1 && char.IsLetter(rest[1]))
                || (rest[0] == '@' && rest.Length > 1 && char.IsLetterOrDigit(rest[1])))
            {
                var n = 1;
                while (n < rest.Length && (char.IsLetterOrDigit(rest[n]) || rest[n] == '_'
                    || (rest[0] == '@' && rest[n] == '.' && n + 1 < rest.Length && char.IsLetter(rest[n + 1]))))
                {
                    n++;
                }
                return n;
            }
        }
        if (!isUrl)
        {
            return 0;
        }
        var length = rest.Length;
        while (length > 0 && rest[length - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '"' or '\'' or '”' or '’' or ')' or ']' or '>')
        {
            // A closing bracket that the URL opened belongs to it.
            if (rest[length - 1] == ')' && rest[..length].Contains('('))
            {
                break;
            }
            length--;
        }
        return length;
    }

    private static bool IsEmailLocal(ReadOnlySpan<char> local)
    {
        foreach (var c in local)
        {
            if (!(char.IsLetterOrDigit(c) || c is '.' or '_' or '-' or '+'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Chars whose repeats form one token ("!!", "..", "$$$", "===", "***", "<<"); [.!?] mix ("?!", ".?").</summary>
    private static bool IsRunChar(char c) => c is '.' or '!' or '?' or '=' or '*' or '$' or '<' or '>' or '#' or '~' or '_' or '+' or '-' or '^';

    private static bool IsStopChar(char c) => c is '.' or '!' or '?';

    private static int PunctuationRunLength(ReadOnlySpan<char> text, int i, int end)
    {
        var c = text[i];
        if (!IsRunChar(c))
        {
            return 0;
        }
        var n = i + 1;
        while (n < end && (text[n] == c || (IsStopChar(c) && IsStopChar(text[n]))))
        {
            n++;
        }
        return n - i;
    }

    private static int BackPunctuationRunLength(ReadOnlySpan<char> text, int start, int end)
    {
        var c = text[end - 1];
        if (!IsRunChar(c))
        {
            return 0;
        }
        var n = end - 1;
        while (n > start && (text[n - 1] == c || (IsStopChar(c) && IsStopChar(text[n - 1]))))
        {
            n--;
        }
        return end - n;
    }

    private static readonly string[] Emoticons =
    [
        ":-)", ":-(", ":-D", ":-P", ":-p", ":-/", ";-)", ":'(", "^_^", "^^", ":)", ":(", ":D", ":P", ":p", ":/", ";)", ":o", ":O", "<3", "XD", "xD", ":|", ":S",
    ];

    /// <summary>Length of an emoticon that is the whole of <paramref name="rest"/> or starts it and is followed by nothing word-like.</summary>
    private static int EmoticonLength(ReadOnlySpan<char> rest)
    {
        foreach (var e in Emoticons)
        {
            if (rest.StartsWith(e, StringComparison.Ordinal) && (rest.Length == e.Length || !char.IsLetterOrDigit(rest[e.Length])))
            {
                // ":D" and ":P" only when standing alone, so that "Re:Peace" is not split oddly.
                if (char.IsLetter(e[^1]) && rest.Length != e.Length)
                {
                    continue;
                }
                return e.Length;
            }
        }
        return 0;
    }

    private static int RunLength(ReadOnlySpan<char> text, int i, int end, char c)
    {
        var n = i;
        while (n < end && text[n] == c)
        {
            n++;
        }
        return n - i;
    }

    private static int BackRunLength(ReadOnlySpan<char> text, int start, int end, char c)
    {
        var n = end;
        while (n > start && text[n - 1] == c)
        {
            n--;
        }
        return end - n;
    }
}
