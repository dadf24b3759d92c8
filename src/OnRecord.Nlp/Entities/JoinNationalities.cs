using OnRecord.Core.Annotations;
using OnRecord.Core.Documents;

namespace OnRecord.Nlp.Entities;

/// <summary>
/// "Bosnian Serb leader", "Kosovo Albanian" written as two touching groups: a capitalised nationality directly
/// before another names one group of people (one NORP), not two.
/// </summary>
internal static class JoinNationalities
{
    public static void Apply(ReadOnlySpan<TokenKeys> keys, List<EntitySpan> spans)
    {
        for (var s = spans.Count - 2; s >= 0; s--)
        {
            var first = spans[s];
            var second = spans[s + 1];
            if (first.Label != EntityLabel.NORP || second.Label != EntityLabel.NORP || second.Tokens.Start != first.Tokens.End
                || first.Tokens.Length != 1 || second.Tokens.Length != 1
                || (keys[first.Tokens.Start].Traits & TokenTraits.Capitalised) == 0
                || (keys[second.Tokens.Start].Traits & TokenTraits.Capitalised) == 0)
            {
                continue;
            }
            spans[s] = new EntitySpan(new TokenRange(first.Tokens.Start, second.Tokens.End), EntityLabel.NORP);
            spans.RemoveAt(s + 1);
        }
    }
}
