using System.Collections.Immutable;
using OnRecord.Core.Annotations;
using OnRecord.Core.Documents;

namespace OnRecord.Extraction.Quotes;

/// <summary>
/// Turns a token-level <see cref="Attribution"/> into the contract's <see cref="Quote"/>: character ranges,
/// the fragments either side of an interrupting attribution, outer quotation marks and trailing commas
/// dropped, and the kind read from the marks (direct: all words quoted; mixed: some; indirect: none).
/// </summary>
internal static class QuoteBuilder
{
    public static Quote? Build(QuoteContext ctx, in Attribution a, QuoteSpeaker? speaker, string? statementDate)
    {
        var fragments = ImmutableArray.CreateBuilder<TextRange>(2);
        var quoted = 0;
        var words = 0;
        var chunkStart = a.HasSpeaker ? Math.Min(a.CueStart, a.SpeakerStart) : a.CueStart;
        var chunkEnd = a.HasSpeaker ? Math.Max(a.CueEnd, a.SpeakerEnd) : a.CueEnd;
        if (QuotedPieces(ctx, a) is { Count: > 1 } pieces)
        {
            // “A,” he said, smiling. “B.” — the pieces in marks are the fragments; the rest is attribution.
            foreach (var (start, end) in pieces)
            {
                AddFragment(ctx, start, end, fragments, ref quoted, ref words);
            }
        }
        else if (chunkStart > a.ContentStart && chunkEnd < a.ContentEnd)
        {
            AddFragment(ctx, a.ContentStart, chunkStart, fragments, ref quoted, ref words);
            AddFragment(ctx, chunkEnd, a.ContentEnd, fragments, ref quoted, ref words);
        }
        else
        {
            AddFragment(ctx, a.ContentStart, a.ContentEnd, fragments, ref quoted, ref words);
        }
        if (fragments.Count == 0 || words == 0)
        {
            return null;
        }
        var kind = quoted == words ? QuoteKind.Direct : quoted == 0 ? QuoteKind.Indirect : QuoteKind.Mixed;
        if (kind == QuoteKind.Direct)
        {
            for (var f = 0; f < fragments.Count; f++)
            {
                fragments[f] = StripMarks(ctx.Text, fragments[f]);
            }
        }
        return new Quote
        {
            Content = new TextRange(fragments[0].Start, fragments[^1].End),
            Fragments = fragments.ToImmutable(),
            Kind = kind,
            Cue = a.CueEnd > a.CueStart ? ctx.CharRange(a.CueStart, a.CueEnd) : null,
            Speaker = speaker,
            Confidence = Math.Clamp(a.Confidence, 0f, 1f),
            StatementDate = statementDate,
        };
    }

    /// <summary>
    /// The quoted segments of an envelope that starts and ends with quotation marks and whose unquoted words
    /// include the cue: each segment is a fragment. Null when the envelope is not built that way.
    /// </summary>
    private static List<(int Start, int End)>? QuotedPieces(QuoteContext ctx, in Attribution a)
    {
        if (!ctx.Is(a.ContentStart, WordShape.OpenMark) || !ctx.Is(a.ContentEnd - 1, WordShape.CloseMark) || a.Anchor < a.ContentStart || a.Anchor >= a.ContentEnd || ctx.InQuote(a.Anchor))
        {
            return null;
        }
        var pieces = new List<(int, int)>();
        foreach (var seg in ctx.Segments)
        {
            if (seg.IsDouble && seg.OpenToken >= a.ContentStart && seg.CloseEnd <= a.ContentEnd && !ctx.InQuote(seg.OpenToken))
            {
                pieces.Add((seg.OpenToken, seg.CloseEnd));
            }
        }
        return pieces.Count > 0 && pieces[0].Item1 == a.ContentStart && pieces[^1].Item2 == a.ContentEnd ? pieces : null;
    }

    /// <summary>Adds the tokens <c>[start, end)</c> without edge commas, dashes and colons, counting quoted words.</summary>
    private static void AddFragment(QuoteContext ctx, int start, int end, ImmutableArray<TextRange>.Builder fragments, ref int quoted, ref int words)
    {
        while (start < end && ctx.Is(start, WordShape.Comma | WordShape.Colon | WordShape.Dash))
        {
            start++;
        }
        while (end > start && ctx.Is(end - 1, WordShape.Comma | WordShape.Colon | WordShape.Dash))
        {
            end--;
        }
        if (end <= start)
        {
            return;
        }
        for (var i = start; i < end; i++)
        {
            if (!ctx.Is(i, WordShape.Punct))
            {
                words++;
                if (ctx.InQuote(i))
                {
                    quoted++;
                }
            }
        }
        fragments.Add(ctx.CharRange(start, end));
    }

    /// <summary>Drops the outer quotation marks and a comma left inside the closing mark (“We won,” → We won).</summary>
    private static TextRange StripMarks(string text, TextRange range)
    {
        int start = range.Start, end = range.End;
        while (start < end && (Marks.QuoteMarks.IsMark(text[start]) || char.IsWhiteSpace(text[start])))
        {
            start++;
        }
        while (end > start && (Marks.QuoteMarks.IsMark(text[end - 1]) || char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or ':' or ';'))
        {
            end--;
        }
        return end > start ? new TextRange(start, end) : range;
    }
}
