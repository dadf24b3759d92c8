using OnRecord.Core.Annotations;
using OnRecord.Core.Documents;

namespace OnRecord.Nlp.Entities;

/// <summary>
/// Deterministic corrections after tagging, each for an error the greedy tagger makes on news and the
/// gazetteer settles: a country name is a GPE however it is used ("US Special Counsel"); a listed organisation
/// written as one word is an ORG ("the Kremlin"); a gazetteer country cut in two is rejoined ("United" +
/// "States …"); and an organisation head is extended over "of (the) Capitalised …" ("Office of the Director of
/// National Intelligence").
/// </summary>
internal static class SpanRules
{
    public static List<EntitySpan> Apply(Document document, ReadOnlySpan<TokenKeys> keys, Gazetteer gazetteer, EntitySpan[] spans)
    {
        var result = new List<EntitySpan>(spans.Length);
        foreach (var span in spans)
        {
            if (span.Label == EntityLabel.EVENT && !HasCapitalOrDigit(keys, span.Tokens))
            {
                // "presidential election": a named event is written with a capital or a year.
                continue;
            }
            result.Add(Relabel(keys, gazetteer, span));
        }
        RejoinCountries(document, keys, gazetteer, result);
        for (var i = 0; i < result.Count; i++)
        {
            var next = i + 1 < result.Count ? result[i + 1].Tokens.Start : document.TokenCount;
            result[i] = ExtendOf(document, keys, result[i], next);
        }
        for (var i = result.Count - 1; i > 0; i--)
        {
            if (result[i].Tokens.Start < result[i - 1].Tokens.End)
            {
                result.RemoveAt(i);
            }
        }
        return result;
    }

    private static EntitySpan Relabel(ReadOnlySpan<TokenKeys> keys, Gazetteer gazetteer, EntitySpan span)
    {
        var whole = WholeMatch(keys, gazetteer, span.Tokens);
        if ((whole & GazetteerCategory.Country) != 0 && span.Label is EntityLabel.ORG or EntityLabel.PERSON or EntityLabel.FAC or EntityLabel.EVENT)
        {
            return span with { Label = EntityLabel.GPE };
        }
        const GazetteerCategory personOrPlace = GazetteerCategory.Person | GazetteerCategory.FirstName | GazetteerCategory.Surname
            | GazetteerCategory.Country | GazetteerCategory.Place | GazetteerCategory.Demonym;
        if (span.Tokens.Length == 1 && (whole & GazetteerCategory.Organization) != 0 && (whole & personOrPlace) == 0
            && span.Label is EntityLabel.PERSON or EntityLabel.GPE)
        {
            return span with { Label = EntityLabel.ORG };
        }
        return span;
    }

    /// <summary>Where a capitalised country name from the gazetteer is split or swallowed by spans, make it one GPE.</summary>
    private static void RejoinCountries(Document document, ReadOnlySpan<TokenKeys> keys, Gazetteer gazetteer, List<EntitySpan> spans)
    {
        for (var s = 0; s < spans.Count; s++)
        {
            var span = spans[s];
            if (span.Label is not (EntityLabel.GPE or EntityLabel.ORG or EntityLabel.LOC))
            {
                continue;
            }
            var start = span.Tokens.Start;
            var sentence = document.Sentences.IsEmpty ? new TokenRange(0, document.TokenCount) : document.Sentences[Math.Max(0, document.SentenceIndexOf(start))];
            var lower = new ulong[sentence.End - start];
            for (var i = 0; i < lower.Length; i++)
            {
                lower[i] = keys[start + i].Lower;
            }
            var length = gazetteer.LongestMatch(lower, 0, out var entry);
            if (length <= span.Tokens.Length || (entry.Categories & GazetteerCategory.Country) == 0 || (keys[start + length - 1].Traits & TokenTraits.Capitalised) == 0)
            {
                continue;
            }
            var end = start + length;
            spans[s] = new EntitySpan(new TokenRange(start, end), EntityLabel.GPE);
            for (var j = s + 1; j < spans.Count && spans[j].Tokens.Start < end; j++)
            {
                var rest = new TokenRange(end, spans[j].Tokens.End);
                var keep = !rest.IsEmpty && (keys[rest.Start].Traits & TokenTraits.Capitalised) != 0;
                if (keep)
                {
                    spans[j] = spans[j] with { Tokens = rest };
                }
                else
                {
                    spans.RemoveAt(j);
                    j--;
                }
            }
        }
    }

    /// <summary>"Office" + "of the Director of National Intelligence": organisation heads take their "of" complements.</summary>
    private static EntitySpan ExtendOf(Document document, ReadOnlySpan<TokenKeys> keys, EntitySpan span, int limit)
    {
        if (span.Label != EntityLabel.ORG || (keys[span.Tokens.End - 1].Word1 & GazetteerCategory.OrgWord) == 0)
        {
            return span;
        }
        var sentenceEnd = document.Sentences.IsEmpty ? document.TokenCount : document.Sentences[Math.Max(0, document.SentenceIndexOf(span.Tokens.Start))].End;
        limit = Math.Min(limit == span.Tokens.Start ? sentenceEnd : Math.Max(limit, span.Tokens.End), sentenceEnd);
        var end = span.Tokens.End;
        var i = end;
        while (i < sentenceEnd && document[i].Text is "of" or "for" or "on")
        {
            var j = i + 1;
            if (j < sentenceEnd && document[j].Text is "the")
            {
                j++;
            }
            var k = j;
            while (k < sentenceEnd && (keys[k].Traits & TokenTraits.Capitalised) != 0 && (keys[k].Traits & TokenTraits.AllUpper) == 0 || k < sentenceEnd && k > j && document[k].Text is "and" && k + 1 < sentenceEnd && (keys[k + 1].Traits & TokenTraits.Capitalised) != 0)
            {
                k++;
            }
            if (k == j)
            {
                break;
            }
            end = k;
            i = k;
        }
        return end == span.Tokens.End ? span : span with { Tokens = new TokenRange(span.Tokens.Start, end) };
    }

    private static bool HasCapitalOrDigit(ReadOnlySpan<TokenKeys> keys, TokenRange tokens)
    {
        for (var i = tokens.Start; i < tokens.End; i++)
        {
            if ((keys[i].Traits & (TokenTraits.Capitalised | TokenTraits.HasDigit)) != 0)
            {
                return true;
            }
        }
        return false;
    }

    private static GazetteerCategory WholeMatch(ReadOnlySpan<TokenKeys> keys, Gazetteer gazetteer, TokenRange tokens)
    {
        if (tokens.Length > 16)
        {
            return GazetteerCategory.None;
        }
        Span<ulong> lower = stackalloc ulong[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            lower[i] = keys[tokens.Start + i].Lower;
        }
        return gazetteer.LongestMatch(lower, 0, out var entry) == tokens.Length ? entry.Categories : GazetteerCategory.None;
    }
}
