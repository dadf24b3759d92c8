using OnRecord.Core.Annotations;
using OnRecord.Core.Documents;

namespace OnRecord.Nlp.Entities;

/// <summary>
/// "Gazprom said on Monday it would …", "Renault shares fell": a one-word name the tagger takes for a person is a
/// company when the story speaks of it as "it" right after it speaks, or of its shares. Names the gazetteer knows
/// as given names or surnames, and names the story also gives a person in full, stay people ("Smith said it was").
/// </summary>
internal static class CompaniesTakenForPeople
{
    public static void Apply(Document document, ReadOnlySpan<TokenKeys> keys, List<EntitySpan> spans)
    {
        for (var s = 0; s < spans.Count; s++)
        {
            var span = spans[s];
            if (span.Label != EntityLabel.PERSON || span.Tokens.Length != 1)
            {
                continue;
            }
            var at = span.Tokens.Start;
            if ((keys[at].Word1 & PersonCategories) != 0 || NamedInFull(keys, spans, keys[at].Lower))
            {
                continue;
            }
            if (SharesFollow(keys, at + 1) || SpeaksAsIt(document, keys, at + 1))
            {
                spans[s] = span with { Label = EntityLabel.ORG };
            }
        }
    }

    private const GazetteerCategory PersonCategories = GazetteerCategory.Person | GazetteerCategory.FirstName | GazetteerCategory.Surname;

    private static bool SharesFollow(ReadOnlySpan<TokenKeys> keys, int at) =>
        at < keys.Length && (keys[at].Lower == Shares || keys[at].Lower == Stock);

    /// <summary>"said it", "said on Friday it", "said its": the speaker is referred to as a thing.</summary>
    private static bool SpeaksAsIt(Document document, ReadOnlySpan<TokenKeys> keys, int at)
    {
        if (at >= keys.Length || !SpeechVerbs.Contains(keys[at].Lower))
        {
            return false;
        }
        var sentence = document.Sentences[document.SentenceIndexOf(at)];
        var limit = Math.Min(sentence.End, at + 5);
        for (var i = at + 1; i < limit; i++)
        {
            var lower = keys[i].Lower;
            if (lower == It || lower == Its)
            {
                return true;
            }
            if ((keys[i].Traits & TokenTraits.NoLetter) != 0 || lower == That)
            {
                // "said , it" or "said that it" may begin a new subject; only a pronoun in the speaker's clause counts.
                return false;
            }
        }
        return false;
    }

    private static bool NamedInFull(ReadOnlySpan<TokenKeys> keys, List<EntitySpan> spans, ulong lower)
    {
        foreach (var other in spans)
        {
            if (other.Label == EntityLabel.PERSON && other.Tokens.Length > 1 && keys[other.Tokens.End - 1].Lower == lower)
            {
                return true;
            }
        }
        return false;
    }

    private static readonly ulong Shares = FeatureHash.OfLower("shares");
    private static readonly ulong Stock = FeatureHash.OfLower("stock");
    private static readonly ulong It = FeatureHash.OfLower("it");
    private static readonly ulong Its = FeatureHash.OfLower("its");
    private static readonly ulong That = FeatureHash.OfLower("that");

    private static readonly HashSet<ulong> SpeechVerbs =
        [FeatureHash.OfLower("said"), FeatureHash.OfLower("says"), FeatureHash.OfLower("announced"), FeatureHash.OfLower("reported")];
}
