namespace OnRecord.Extraction.Quotes.Rules;

/// <summary>
/// Interview and debate transcripts: paragraphs that open with a speaker's name in capitals and a colon
/// ("HOST: Will you run again?" / "NILSSON: Not this year."). The rest of the paragraph is that speaker's
/// turn. A document counts as a transcript only when some name opens two turns, so that a lone label
/// ("CORRECTION:", "UPDATE:", "VIDEO:") is never taken for a speaker.
/// </summary>
internal static class TranscriptRules
{
    private const int MaxNameWords = 3;

    public static void Find(QuoteContext ctx, bool[] usedAnchors, List<Attribution> output)
    {
        var turns = Turns(ctx);
        if (!IsDialogue(ctx, turns))
        {
            return;
        }
        foreach (var (name, colon) in turns)
        {
            var start = colon + 1;
            var end = start;
            while (end < ctx.Count && ctx.ParagraphOf[end] == ctx.ParagraphOf[colon])
            {
                end++;
            }
            end = ClauseBounds.TrimEnd(ctx, start, end);
            if (usedAnchors[colon] || ClauseBounds.Words(ctx, start, end) < 2)
            {
                continue;
            }
            usedAnchors[colon] = true;
            output.Add(AttributionFactory.Create(ctx, colon, start, end, colon - 1, 0.95f) with { SpeakerStart = name, SpeakerEnd = colon });
        }
    }

    /// <summary>The first name token and the colon of every paragraph that opens with "NAME:" (after an optional quotation mark).</summary>
    private static List<(int Name, int Colon)> Turns(QuoteContext ctx)
    {
        var turns = new List<(int, int)>();
        for (var p = 0; p < ctx.Count; p++)
        {
            if (!ctx.Is(p, WordShape.ParagraphStart))
            {
                continue;
            }
            // Some papers open every paragraph of a long quotation with a mark they never close.
            var name = ctx.Is(p, WordShape.OpenMark) || IsQuotationMark(ctx.Word(p)) ? p + 1 : p;
            var k = name;
            while (k < ctx.Count && k - name < MaxNameWords && ctx.Is(k, WordShape.AllCaps) && ctx.Word(k).Length > 1 && ctx.ParagraphOf[k] == ctx.ParagraphOf[p])
            {
                k++;
            }
            if (k > name && ctx.Is(k, WordShape.Colon) && ctx.ParagraphOf[k] == ctx.ParagraphOf[p])
            {
                turns.Add((name, k));
            }
        }
        return turns;
    }

    private static bool IsQuotationMark(ReadOnlySpan<char> word) => word is "\"" or "“" or "”" or "'" or "‘";

    /// <summary>Whether some name opens two turns (linear in the turns, so a hostile document of labels stays cheap).</summary>
    private static bool IsDialogue(QuoteContext ctx, List<(int Name, int Colon)> turns)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, colon) in turns)
        {
            if (!names.Add(ctx.Word(colon - 1).ToString()))
            {
                return true;
            }
        }
        return false;
    }
}
