using OnRecord.Core.Documents;

namespace OnRecord.Extraction.Quotes.Marks;

/// <summary>
/// Pairs quotation marks in a text. Double marks (“ ” " « » „ `` '') pair within a paragraph, or across
/// paragraphs when the next paragraph reopens the quotation; single marks (‘ ’ ') pair inside one paragraph
/// and never cross a double mark. A mark that finds no partner is ignored, so an odd number of marks
/// costs at most that one quotation and never swallows the rest of the document.
/// </summary>
internal static class QuotePairer
{
    /// <summary>Longest single-quoted stretch accepted; beyond it a ’ is far more likely an apostrophe.</summary>
    private const int MaxSingleLength = 300;

    public static List<QuotedSegment> Pair(string text, TextRange body)
    {
        var segments = new List<QuotedSegment>();
        var span = text.AsSpan();
        var doubleOpen = -1;
        var doubleOpenLength = 0;
        var doubleCrossed = false;
        var singleOpen = -1;
        var end = body.End;
        for (var i = body.Start; i < end; i++)
        {
            var c = span[i];
            if (c == '\n')
            {
                var next = SkipBlank(span, i, end, out var blank);
                if (blank || next >= end)
                {
                    singleOpen = -1;
                }
                if (doubleOpen >= 0)
                {
                    if (next < end && OpensHere(span, next, end))
                    {
                        // A quotation continued into a new paragraph reopens the mark; only the last closes it.
                        doubleCrossed = true;
                        QuoteMarks.Classify(span, next, out _, out var skip);
                        i = next + skip - 1;
                        continue;
                    }
                    if (blank || EndsParagraph(span, i, body.Start))
                    {
                        doubleOpen = -1;
                    }
                }
                continue;
            }
            if (!QuoteMarks.IsMark(c))
            {
                continue;
            }
            var role = QuoteMarks.Classify(span, i, out var isDouble, out var length);
            if (isDouble)
            {
                var opens = role switch
                {
                    // „ is closed by “ (German) as well as by ”.
                    MarkRole.Open when c == '“' && doubleOpen >= 0 && span[doubleOpen] == '„' => false,
                    MarkRole.Open => true,
                    // ”Like this” (a closing mark typed for the opening one, or Swedish style): it opens where no
                    // quotation is open and it stands before a word after a space.
                    MarkRole.Close => doubleOpen < 0 && !LooksClosing(span, i, length, body) && i + length < end && char.IsLetterOrDigit(span[i + length]),
                    _ => doubleOpen < 0 && !LooksClosing(span, i, length, body),
                };
                if (opens)
                {
                    doubleOpen = i;
                    doubleOpenLength = length;
                    doubleCrossed = false;
                    singleOpen = -1;
                }
                else if (doubleOpen >= 0)
                {
                    var inner = new TextRange(doubleOpen + doubleOpenLength, i);
                    if (!inner.IsEmpty)
                    {
                        segments.Add(new QuotedSegment(new TextRange(doubleOpen, i + length), inner, true, doubleCrossed));
                    }
                    doubleOpen = -1;
                    singleOpen = -1;
                }
                i += length - 1;
                continue;
            }
            if (role == MarkRole.Open)
            {
                if (i + 1 < end && !char.IsWhiteSpace(span[i + 1]))
                {
                    singleOpen = i;
                }
                continue;
            }
            if (role != MarkRole.CloseOrApostrophe)
            {
                if (role == MarkRole.Close && singleOpen >= 0)
                {
                    AddSingle(segments, singleOpen, i);
                    singleOpen = -1;
                }
                continue;
            }
            var before = i > body.Start ? span[i - 1] : ' ';
            var after = i + 1 < end ? span[i + 1] : ' ';
            if (c == '\'' && singleOpen < 0 && IsOpeningContext(before) && char.IsLetter(after))
            {
                singleOpen = i;
            }
            else if (singleOpen >= 0 && !char.IsWhiteSpace(before) && !char.IsLetterOrDigit(after))
            {
                if (i - singleOpen <= MaxSingleLength)
                {
                    AddSingle(segments, singleOpen, i);
                }
                singleOpen = -1;
            }
        }
        segments.Sort((a, b) => a.Outer.Start.CompareTo(b.Outer.Start));
        return segments;
    }

    private static void AddSingle(List<QuotedSegment> segments, int open, int close)
    {
        if (close > open + 1)
        {
            segments.Add(new QuotedSegment(new TextRange(open, close + 1), new TextRange(open + 1, close), false, false));
        }
    }

    /// <summary>True when the character after the line break at <paramref name="i"/>'s line is an opening double mark.</summary>
    private static bool OpensHere(ReadOnlySpan<char> span, int i, int end)
    {
        var role = QuoteMarks.Classify(span, i, out var isDouble, out var length);
        return isDouble && (role == MarkRole.Open || (role == MarkRole.Either && i + length < end && !char.IsWhiteSpace(span[i + length])));
    }

    /// <summary>Index of the first non-blank character after the newline at <paramref name="i"/>; <paramref name="blank"/> when a blank line intervenes.</summary>
    private static int SkipBlank(ReadOnlySpan<char> span, int i, int end, out bool blank)
    {
        blank = false;
        var j = i + 1;
        while (j < end && char.IsWhiteSpace(span[j]))
        {
            if (span[j] == '\n')
            {
                blank = true;
            }
            j++;
        }
        return j;
    }

    /// <summary>
    /// A single line break ends a paragraph unless the text is hard-wrapped: a line that is long and does not
    /// end a sentence is taken to continue on the next line.
    /// </summary>
    private static bool EndsParagraph(ReadOnlySpan<char> span, int newline, int start)
    {
        var lineStart = span[start..newline].LastIndexOf('\n') + 1 + start;
        var line = span[lineStart..newline].TrimEnd();
        return line.Length < 60 || line[^1] is '.' or '!' or '?' or ':' or '…' or '"' or '”' or '’';
    }

    /// <summary>An ambiguous straight mark closes when it follows a word or punctuation and is not followed by one.</summary>
    private static bool LooksClosing(ReadOnlySpan<char> span, int i, int length, TextRange body)
    {
        var before = i > body.Start ? span[i - 1] : ' ';
        var after = i + length < body.End ? span[i + length] : ' ';
        return !char.IsWhiteSpace(before) && !IsOpeningContext(before) && !char.IsLetterOrDigit(after);
    }

    private static bool IsOpeningContext(char before) =>
        char.IsWhiteSpace(before) || before is '(' or '[' or '{' or '—' or '–' or '-' or '/' or '“' or '"' or '«' or '„' or ':';
}
