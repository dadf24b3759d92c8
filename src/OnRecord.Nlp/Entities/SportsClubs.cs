using OnRecord.Core.Annotations;
using OnRecord.Core.Documents;

namespace OnRecord.Nlp.Entities;

/// <summary>
/// Results pages name clubs after their towns: "Leeds" in "Arsenal beat Leeds 3-0" or "Tottenham 1" in a table of
/// scores is the club (ORG), and so is "Barcelona" before "striker". Countries stay places: wire news writes a
/// national team as its country. A place after "in", "at", "near" or "from" is where the match was played.
/// </summary>
internal static class SportsClubs
{
    public static void Apply(Document document, ReadOnlySpan<TokenKeys> keys, Gazetteer gazetteer, List<EntitySpan> spans)
    {
        var sentence = -1;
        var hasScore = false;
        for (var s = 0; s < spans.Count; s++)
        {
            var span = spans[s];
            var index = document.SentenceIndexOf(span.Tokens.Start);
            if (index != sentence)
            {
                sentence = index;
                hasScore = index >= 0 && HasScore(document, keys, document.Sentences[index]);
            }
            var end = span.Tokens.End;
            if (hasScore && span.Tokens.Length > 1 && SpanRules.IsNumber(document[end - 1].Text) && s + 1 < spans.Count && spans[s + 1].Tokens.Start == end)
            {
                // "Newcastle 3" + "Tottenham 1": the goals are no part of the club's name.
                span = span with { Tokens = new TokenRange(span.Tokens.Start, end - 1) };
                spans[s] = span;
            }
            if (ClubPrefix(keys, span) is { } club)
            {
                spans[s] = club;
                continue;
            }
            if (span.Label != EntityLabel.GPE || IsNation(keys, gazetteer, span.Tokens))
            {
                continue;
            }
            var before = span.Tokens.Start > 0 ? keys[span.Tokens.Start - 1].Lower : 0;
            if (before == In || before == At || before == Near || before == From)
            {
                continue;
            }
            var after = span.Tokens.End < keys.Length ? keys[span.Tokens.End].Lower : 0;
            if (hasScore || PlayerRoles.Contains(after))
            {
                spans[s] = span with { Label = EntityLabel.ORG };
            }
        }
    }

    /// <summary>"Real" + "Madrid", "Inter Milan" taken for a person: a club word before a town names the club.</summary>
    private static EntitySpan? ClubPrefix(ReadOnlySpan<TokenKeys> keys, EntitySpan span)
    {
        var start = span.Tokens.Start;
        if (span.Label == EntityLabel.GPE && start > 0 && IsClubWord(keys[start - 1]))
        {
            return new EntitySpan(new TokenRange(start - 1, span.Tokens.End), EntityLabel.ORG);
        }
        if (span.Label is EntityLabel.GPE or EntityLabel.PERSON && span.Tokens.Length > 1 && IsClubWord(keys[start]))
        {
            return span with { Label = EntityLabel.ORG };
        }
        return null;
    }

    private static bool IsClubWord(in TokenKeys k) => (k.Traits & TokenTraits.Capitalised) != 0 && ClubWords.Contains(k.Lower);

    /// <summary>
    /// "beat Leeds 3-0" (a score with a match verb: "aged 8 – 10" is a range), or a results line "Chelsea 1" (a name,
    /// a number, then the end or another name).
    /// </summary>
    private static bool HasScore(Document document, ReadOnlySpan<TokenKeys> keys, TokenRange sentence)
    {
        var hasMatchVerb = false;
        for (var i = sentence.Start; i < sentence.End && !hasMatchVerb; i++)
        {
            hasMatchVerb = MatchVerbs.Contains(keys[i].Lower);
        }
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            var text = document[i].Text;
            var dash = text.IndexOf('-');
            if (hasMatchVerb && dash > 0 && dash < text.Length - 1 && text.Length <= 5 && SpanRules.IsNumber(text[..dash]) && SpanRules.IsNumber(text[(dash + 1)..]))
            {
                return true;
            }
            if (hasMatchVerb && SpanRules.IsNumber(text) && text.Length <= 2 && i + 2 < sentence.End && document[i + 1].Text is "-" or "–" && SpanRules.IsNumber(document[i + 2].Text))
            {
                return true;
            }
        }
        // A table line: "Manchester United 2 Chelsea 1".
        var last = sentence.End - 1;
        return sentence.Length >= 4 && SpanRules.IsNumber(document[last].Text) && document[last].Text.Length <= 2
            && char.IsUpper(document[last - 1].Text[0]) && HasInnerGoals(document, sentence);
    }

    private static bool HasInnerGoals(Document document, TokenRange sentence)
    {
        for (var i = sentence.Start + 1; i < sentence.End - 2; i++)
        {
            var text = document[i].Text;
            if (SpanRules.IsNumber(text) && text.Length <= 2 && char.IsUpper(document[i - 1].Text[0]) && char.IsUpper(document[i + 1].Text[0]))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsNation(ReadOnlySpan<TokenKeys> keys, Gazetteer gazetteer, TokenRange tokens)
    {
        if (tokens.Length > 8)
        {
            return false;
        }
        Span<ulong> lower = stackalloc ulong[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            lower[i] = keys[tokens.Start + i].Lower;
        }
        return tokens.Length == 1 && HomeNations.Contains(lower[0])
            || gazetteer.LongestMatch(lower, 0, out var entry) == tokens.Length && (entry.Categories & GazetteerCategory.Country) != 0;
    }

    private static readonly ulong In = FeatureHash.OfLower("in");
    private static readonly ulong At = FeatureHash.OfLower("at");
    private static readonly ulong Near = FeatureHash.OfLower("near");
    private static readonly ulong From = FeatureHash.OfLower("from");

    /// <summary>Teams of their own that the country list does not hold.</summary>
    private static readonly HashSet<ulong> HomeNations =
        [FeatureHash.OfLower("england"), FeatureHash.OfLower("scotland"), FeatureHash.OfLower("wales")];

    private static readonly HashSet<ulong> MatchVerbs =
    [
        FeatureHash.OfLower("beat"), FeatureHash.OfLower("beats"), FeatureHash.OfLower("drew"), FeatureHash.OfLower("draw"),
        FeatureHash.OfLower("lost"), FeatureHash.OfLower("defeated"), FeatureHash.OfLower("won"), FeatureHash.OfLower("against"),
        FeatureHash.OfLower("v"), FeatureHash.OfLower("vs"), FeatureHash.OfLower("vs."), FeatureHash.OfLower("thrashed"),
        FeatureHash.OfLower("edged"), FeatureHash.OfLower("routed"), FeatureHash.OfLower("halftime"),
    ];

    private static readonly HashSet<ulong> ClubWords =
    [
        FeatureHash.OfLower("real"), FeatureHash.OfLower("inter"), FeatureHash.OfLower("atletico"), FeatureHash.OfLower("sporting"),
        FeatureHash.OfLower("dynamo"), FeatureHash.OfLower("dinamo"), FeatureHash.OfLower("olympique"), FeatureHash.OfLower("borussia"),
        FeatureHash.OfLower("ajax"), FeatureHash.OfLower("bayern"),
    ];

    private static readonly HashSet<ulong> PlayerRoles =
    [
        FeatureHash.OfLower("striker"), FeatureHash.OfLower("midfielder"), FeatureHash.OfLower("defender"),
        FeatureHash.OfLower("goalkeeper"), FeatureHash.OfLower("forward"), FeatureHash.OfLower("winger"),
        FeatureHash.OfLower("coach"), FeatureHash.OfLower("playmaker"), FeatureHash.OfLower("fullback"),
    ];
}
