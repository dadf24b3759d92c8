using OnRecord.Core.Annotations;

namespace OnRecord.Nlp.Entities;

/// <summary>
/// "Lusail Stadium", "the Capitol": a name of several words ending in a capitalised facility word (stadium, bridge,
/// airport …) names a building or structure (FAC), whatever the tagger took its first word for; so does "the Capitol",
/// the one building that news names by a single word after "the".
/// </summary>
internal static class FacilityNames
{
    public static void Apply(ReadOnlySpan<TokenKeys> keys, List<EntitySpan> spans)
    {
        for (var s = 0; s < spans.Count; s++)
        {
            var span = spans[s];
            if (span.Label is not (EntityLabel.GPE or EntityLabel.ORG or EntityLabel.PERSON))
            {
                continue;
            }
            var last = keys[span.Tokens.End - 1];
            var endsInFacilityWord = span.Tokens.Length > 1 && (last.Word1 & GazetteerCategory.FacilityWord) != 0
                && (last.Traits & TokenTraits.Capitalised) != 0;
            var theCapitol = span.Tokens.Length == 1 && last.Lower == Capitol && span.Tokens.Start > 0 && keys[span.Tokens.Start - 1].Lower == The;
            if (endsInFacilityWord || theCapitol)
            {
                spans[s] = span with { Label = EntityLabel.FAC };
            }
        }
    }

    private static readonly ulong Capitol = FeatureHash.OfLower("Capitol");
    private static readonly ulong The = FeatureHash.OfLower("the");
}
