using OnRecord.Core.Annotations;
using OnRecord.Core.Documents;

namespace OnRecord.Nlp.Entities;

/// <summary>
/// One name, one label per document: news repeats names, and the tagger is surer of some mentions than of
/// others, so identical spans take the label most of them got. (Also adding the repeats the tagger left out
/// was tried: it cost 0.5 F1 on UNER dev, so it is not done.)
/// </summary>
internal static class DocumentConsistency
{
    public static List<EntitySpan> Apply(ReadOnlySpan<TokenKeys> keys, List<EntitySpan> spans)
    {
        if (spans.Count == 0)
        {
            return spans;
        }
        var votes = new Dictionary<ulong, int[]>();
        foreach (var s in spans)
        {
            var key = Key(keys, s.Tokens);
            if (!votes.TryGetValue(key, out var counts))
            {
                votes[key] = counts = new int[EntityTagSet.LabelCount];
            }
            counts[(int)s.Label]++;
        }
        for (var i = 0; i < spans.Count; i++)
        {
            var counts = votes[Key(keys, spans[i].Tokens)];
            var best = Majority(counts);
            if (counts[best] > counts[(int)spans[i].Label])
            {
                spans[i] = spans[i] with { Label = (EntityLabel)best };
            }
        }
        return spans;
    }

    private static int Majority(int[] counts)
    {
        var best = 0;
        for (var l = 1; l < counts.Length; l++)
        {
            if (counts[l] > counts[best])
            {
                best = l;
            }
        }
        return best;
    }

    private static ulong Key(ReadOnlySpan<TokenKeys> keys, TokenRange range)
    {
        var h = 0x9E37UL;
        for (var i = range.Start; i < range.End; i++)
        {
            h = FeatureHash.Combine(h, keys[i].Word);
        }
        return h;
    }
}
