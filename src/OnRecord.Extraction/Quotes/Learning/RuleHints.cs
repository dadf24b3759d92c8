using OnRecord.Extraction.Quotes.Rules;

namespace OnRecord.Extraction.Quotes.Learning;

/// <summary>
/// What the rules found in a document, offered to the learned model as features: which tokens the rules
/// took for cues, and the content and speaker they chose for each. The model learns when to trust them.
/// </summary>
internal sealed class RuleHints
{
    private readonly int[] _byAnchor;

    public RuleHints(QuoteContext ctx)
    {
        Attributions = [];
        RuleAttributionFinder.Instance.Find(ctx, Attributions);
        _byAnchor = new int[ctx.Count];
        Array.Fill(_byAnchor, -1);
        for (var k = 0; k < Attributions.Count; k++)
        {
            _byAnchor[Attributions[k].Anchor] = k;
        }
    }

    public List<Attribution> Attributions { get; }

    /// <summary>The rules' attribution whose cue head is <paramref name="token"/>, if any.</summary>
    public bool TryGet(int token, out Attribution attribution)
    {
        var k = (uint)token < (uint)_byAnchor.Length ? _byAnchor[token] : -1;
        attribution = k >= 0 ? Attributions[k] : default;
        return k >= 0;
    }
}
