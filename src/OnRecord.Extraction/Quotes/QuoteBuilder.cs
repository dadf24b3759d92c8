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
        if (chunkStart > a.ContentStart && chunkEnd < a.ContentEnd)
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
