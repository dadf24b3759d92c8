using OnRecord.Core.Documents;
using OnRecord.Extraction.Quotes.Evaluation;
using OnRecord.Extraction.Quotes.Lexicon;

namespace OnRecord.Extraction.Quotes.Learning.Training;

/// <summary>
/// A gold document analysed up to the quotation stage, with its attributions aligned to tokens. The cue
/// head of a gold cue ("has also said") is its first word that is not an auxiliary or adverb.
/// </summary>
internal sealed class TrainingDocument
{
    public TrainingDocument(Document document, GoldDocument gold)
    {
        Context = new QuoteContext(document);
        Hints = new RuleHints(Context);
        IsAnchor = new bool[Context.Count];
        var seen = new HashSet<int>();
        foreach (var q in gold.Quotes)
        {
            if (Align(q) is { } a)
            {
                IsAnchor[a.Anchor] = true;
                if (seen.Add(a.Anchor))
                {
                    Gold.Add(a);
                }
            }
        }
    }

    public QuoteContext Context { get; }

    public RuleHints Hints { get; }

    public bool[] IsAnchor { get; }

    public List<GoldAttribution> Gold { get; } = [];

    private GoldAttribution? Align(GoldQuote q)
    {
        var ctx = Context;
        if (q.Cue is not { } cue || ctx.Count == 0)
        {
            return null;
        }
        var (cs, ce) = Tokens(q.Content);
        (cs, ce) = ContentEdges.Trim(ctx, cs, ce);
        var (us, ue) = Tokens(cue);
        if (cs >= ce || us >= ue)
        {
            return null;
        }
        var anchor = Head(us, ue);
        var speaker = new List<int>();
        foreach (var range in q.Speaker)
        {
            var (ss, se) = Tokens(range);
            for (var i = ss; i < se; i++)
            {
                speaker.Add(i);
            }
        }
        return new GoldAttribution(anchor, cs, ce, [.. speaker]);
    }

    /// <summary>
    /// The head word of a cue phrase: with a parse, the word whose own head lies outside the phrase, a verb
    /// before a noun or adjective ("has [said] in a statement", "a [report]", "is more [passionate] about"),
    /// an auxiliary or adverb last; without a parse, the first word that is not an auxiliary or adverb.
    /// </summary>
    private int Head(int start, int end)
    {
        var ctx = Context;
        int best = -1, bestRank = int.MaxValue;
        for (var i = start; i < end; i++)
        {
            if (ctx.Is(i, WordShape.Punct))
            {
                continue;
            }
            var modifier = GrammarWords.CueModifiers.Contains(ctx.Word(i)) || ctx.Word(i).EndsWith("ly", StringComparison.Ordinal);
            var rank = modifier ? 4 : 0;
            if (ctx.HasParse)
            {
                rank += ctx.Head(i) >= start && ctx.Head(i) < end ? 10 : 0;
                rank += ctx.Pos(i) switch
                {
                    UniversalPos.VERB => 0,
                    UniversalPos.NOUN or UniversalPos.ADJ or UniversalPos.PROPN => 1,
                    UniversalPos.AUX or UniversalPos.ADV or UniversalPos.PART or UniversalPos.DET => 3,
                    _ => 2,
                };
            }
            if (rank < bestRank)
            {
                best = i;
                bestRank = rank;
            }
        }
        return best >= 0 ? best : start;
    }

    /// <summary>The tokens overlapping a character range.</summary>
    private (int Start, int End) Tokens(TextRange range)
    {
        var ctx = Context;
        var start = ctx.Document.TokenIndexAt(range.Start);
        var end = start;
        while (end < ctx.Count && ctx.Starts[end] < range.End)
        {
            end++;
        }
        return (start, end);
    }
}
