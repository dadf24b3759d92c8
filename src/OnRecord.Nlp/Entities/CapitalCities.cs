using OnRecord.Core.Annotations;

namespace OnRecord.Nlp.Entities;

/// <summary>
/// One-word capitals that news uses for their governments ("aid for Kiev", "talks with Minsk"). The actor
/// dictionaries behind the gazetteer file some of them (Kiev, Minsk, Tbilisi, Baghdad) only as organisations, so
/// the gazetteer alone cannot tell that such a word, tagged ORG, is a place. None of these is an organisation's
/// name on its own; names that are also given names or surnames ("Sofia") are left out.
/// </summary>
internal static class CapitalCities
{
    /// <summary>Relabels a one-word ORG span that is one of these capitals as GPE, unless it is also a person's name.</summary>
    public static void Apply(ReadOnlySpan<TokenKeys> keys, List<EntitySpan> spans)
    {
        const GazetteerCategory people = GazetteerCategory.Person | GazetteerCategory.FirstName | GazetteerCategory.Surname;
        for (var s = 0; s < spans.Count; s++)
        {
            var span = spans[s];
            if (span.Label == EntityLabel.ORG && span.Tokens.Length == 1 && Names.Contains(keys[span.Tokens.Start].Lower)
                && (keys[span.Tokens.Start].Word1 & people) == 0)
            {
                spans[s] = span with { Label = EntityLabel.GPE };
            }
        }
    }

    private static readonly HashSet<ulong> Names = Build(
    [
        "Kiev", "Kyiv", "Minsk", "Tbilisi", "Baghdad", "Moscow", "Beijing", "Tehran", "Kabul", "Damascus", "Ankara",
        "Riyadh", "Cairo", "Tokyo", "Seoul", "Pyongyang", "Berlin", "Paris", "London", "Brussels", "Warsaw", "Vilnius",
        "Riga", "Tallinn", "Budapest", "Bucharest", "Belgrade", "Chisinau", "Yerevan", "Baku", "Astana", "Tashkent",
        "Islamabad", "Caracas", "Havana", "Ottawa", "Canberra", "Beirut", "Amman", "Sanaa", "Tripoli", "Khartoum",
        "Nairobi", "Pretoria", "Abuja", "Kinshasa", "Rome", "Madrid", "Lisbon", "Vienna", "Prague", "Athens",
        "Stockholm", "Oslo", "Helsinki", "Copenhagen", "Manila", "Jakarta", "Hanoi", "Bangkok", "Taipei", "Doha",
    ]);

    private static HashSet<ulong> Build(string[] names)
    {
        var set = new HashSet<ulong>(names.Length);
        foreach (var name in names)
        {
            set.Add(FeatureHash.OfLower(name));
        }
        return set;
    }
}
