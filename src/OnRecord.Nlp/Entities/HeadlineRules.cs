using OnRecord.Core.Annotations;
using OnRecord.Core.Documents;

namespace OnRecord.Nlp.Entities;

/// <summary>
/// Wire headlines in capitals: "TENNIS - …" opens with the sport, which is no name, and a country the tagger runs
/// into the next capitalised word ("NEW ZEALAND NAME SQUAD") is the country alone.
/// </summary>
internal static class HeadlineRules
{
    public static void Apply(Document document, ReadOnlySpan<TokenKeys> keys, Gazetteer gazetteer, List<EntitySpan> spans)
    {
        for (var s = spans.Count - 1; s >= 0; s--)
        {
            var span = spans[s];
            var sentence = document.Sentences[document.SentenceIndexOf(span.Tokens.Start)];
            if (!MostlyCapitals(keys, sentence))
            {
                continue;
            }
            if (span.Tokens.Start == sentence.Start && span.Tokens.End < sentence.End && document[span.Tokens.End].Text is "-" or "–"
                && AllSports(keys, span.Tokens))
            {
                spans.RemoveAt(s);
                continue;
            }
            var country = CountryPrefix(keys, gazetteer, span.Tokens);
            if (country > 0 && country < span.Tokens.Length)
            {
                spans[s] = new EntitySpan(new TokenRange(span.Tokens.Start, span.Tokens.Start + country), EntityLabel.GPE);
            }
        }
    }

    private static bool MostlyCapitals(ReadOnlySpan<TokenKeys> keys, TokenRange sentence)
    {
        int upper = 0, words = 0;
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            if ((keys[i].Traits & TokenTraits.NoLetter) != 0)
            {
                continue;
            }
            words++;
            upper += (keys[i].Traits & TokenTraits.AllUpper) != 0 ? 1 : 0;
        }
        return words >= 2 && upper * 4 >= words * 3;
    }

    private static bool AllSports(ReadOnlySpan<TokenKeys> keys, TokenRange tokens)
    {
        for (var i = tokens.Start; i < tokens.End; i++)
        {
            if (!Sports.Contains(keys[i].Lower))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The length of the longest gazetteer country the span opens with, or 0.</summary>
    private static int CountryPrefix(ReadOnlySpan<TokenKeys> keys, Gazetteer gazetteer, TokenRange tokens)
    {
        if (tokens.Length > 8)
        {
            return 0;
        }
        Span<ulong> lower = stackalloc ulong[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            lower[i] = keys[tokens.Start + i].Lower;
        }
        var length = gazetteer.LongestMatch(lower, 0, out var entry);
        return length > 0 && (entry.Categories & GazetteerCategory.Country) != 0 ? length : 0;
    }

    private static readonly HashSet<ulong> Sports =
    [
        .. "soccer football rugby union league tennis cricket golf baseball basketball athletics cycling boxing motor racing motorcycling hockey ice skiing alpine nordic swimming yachting sailing badminton squash volleyball handball rowing horse judo wrestling snooker chess formula one nfl nba nhl"
            .Split(' ').Select(w => FeatureHash.OfLower(w)),
    ];
}
