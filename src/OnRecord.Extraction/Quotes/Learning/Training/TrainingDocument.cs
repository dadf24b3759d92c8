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
        var (us, ue) = Tokens(cue);
        if (cs >= ce || us >= ue)
        {
            return null;
        }
        var anchor = -1;
        for (var i = us; i < ue && anchor < 0; i++)
        {
            if (!ctx.Is(i, WordShape.Punct) && !GrammarWords.CueModifiers.Contains(ctx.Word(i)))
            {
                anchor = i;
            }
        }
        if (anchor < 0)
        {
            anchor = us;
        }
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
