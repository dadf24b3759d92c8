using OnRecord.Core.Annotations;
using OnRecord.Core.Documents;

namespace OnRecord.Nlp.Entities;

/// <summary>
/// Arabic names written with lower-case particles, which the tagger (trained mostly on capitalised names) cuts
/// up: "bin"/"ibn" joins the names around it into one person ("Osama bin Laden", "bin Laden"); a person's name
/// goes on over an "al-" surname ("Abu Bakr" + "al-Baghdadi"); and an "al-" name the gazetteer lists as an
/// organisation is one ("al-Qaeda").
/// </summary>
internal static class NameParticles
{
    public static void Apply(Document document, ReadOnlySpan<TokenKeys> keys, Gazetteer gazetteer, List<EntitySpan> spans)
    {
        var changed = false;
        foreach (var sentence in document.Sentences)
        {
            for (var i = sentence.Start; i < sentence.End; i++)
            {
                var text = document[i].Text;
                if (text is "bin" or "ibn" or "bint" && i + 1 < sentence.End && StartsName(document, keys, i + 1))
                {
                    changed |= JoinAround(document, keys, spans, i, sentence.End);
                }
                else if (ArticleName(document, i, sentence.End) > 0 && !Covered(spans, i))
                {
                    changed |= AddOrganisation(document, keys, gazetteer, spans, i, sentence.End);
                }
            }
        }
        for (var s = 0; s < spans.Count; s++)
        {
            var span = spans[s];
            var end = span.Tokens.End;
            var sentenceEnd = document.Sentences.IsEmpty ? document.TokenCount : document.Sentences[Math.Max(0, document.SentenceIndexOf(span.Tokens.Start))].End;
            int length;
            while (span.Label == EntityLabel.PERSON && (length = ArticleName(document, end, sentenceEnd)) > 0
                && (s + 1 >= spans.Count || spans[s + 1].Tokens.Start >= end + length || spans[s + 1].Label == EntityLabel.PERSON))
            {
                end += length;
                if (s + 1 < spans.Count && spans[s + 1].Tokens.Start < end)
                {
                    end = Math.Max(end, spans[s + 1].Tokens.End);
                    spans.RemoveAt(s + 1);
                }
            }
            spans[s] = end == span.Tokens.End ? span : span with { Tokens = new TokenRange(span.Tokens.Start, end) };
        }
        if (changed)
        {
            spans.Sort((a, b) => a.Tokens.Start.CompareTo(b.Tokens.Start));
        }
    }

    /// <summary>
    /// "al-Baghdadi", "el-Sisi", "ad-Din": a lower-case Arabic article joined to a capitalised name, as one token or,
    /// as the tokenizer splits hyphens, three ("al", "-", "Baghdadi"); the number of tokens, 0 when none.
    /// </summary>
    private static int ArticleName(Document document, int at, int sentenceEnd)
    {
        if (at >= sentenceEnd)
        {
            return 0;
        }
        var text = document[at].Text;
        var dash = text.IndexOf('-');
        if (dash > 0)
        {
            return dash + 1 < text.Length && char.IsUpper(text[dash + 1]) && IsArticle(text[..dash]) ? 1 : 0;
        }
        return at + 2 < sentenceEnd && IsArticle(text) && document[at + 1].Text is "-" && document[at + 1].Range.Start == document[at].Range.End
            && document[at + 2].Range.Start == document[at + 1].Range.End && char.IsUpper(document[at + 2].Text[0]) ? 3 : 0;
    }

    private static bool IsArticle(ReadOnlySpan<char> word) => word is "al" or "el" or "ad" or "ar" or "as" or "ash" or "at" or "az" or "an" or "ud";

    private static bool StartsName(Document document, ReadOnlySpan<TokenKeys> keys, int at) =>
        (keys[at].Traits & TokenTraits.Capitalised) != 0 && (keys[at].Traits & TokenTraits.AllUpper) == 0 || ArticleName(document, at, document.TokenCount) > 0;

    private static bool Covered(List<EntitySpan> spans, int at)
    {
        foreach (var s in spans)
        {
            if (s.Tokens.Start <= at && at < s.Tokens.End)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>One PERSON from the name before "bin" (a span ending right there, if any) to the name after it.</summary>
    private static bool JoinAround(Document document, ReadOnlySpan<TokenKeys> keys, List<EntitySpan> spans, int particle, int sentenceEnd)
    {
        var start = particle;
        var end = particle + 1;
        while (end < sentenceEnd && end - particle <= 3 && StartsName(document, keys, end))
        {
            end += Math.Max(1, ArticleName(document, end, sentenceEnd));
        }
        foreach (var s in spans)
        {
            if (s.Tokens.End == particle && s.Label is EntityLabel.PERSON or EntityLabel.GPE or EntityLabel.ORG or EntityLabel.NORP)
            {
                start = s.Tokens.Start;
            }
            if (s.Tokens.Start == particle + 1)
            {
                end = Math.Max(end, s.Tokens.End);
            }
            if (s.Tokens.Start <= particle && particle < s.Tokens.End && s.Tokens.End >= end)
            {
                return false;
            }
        }
        spans.RemoveAll(s => s.Tokens.Start < end && start < s.Tokens.End);
        spans.Add(new EntitySpan(new TokenRange(start, end), EntityLabel.PERSON));
        return true;
    }

    /// <summary>"al-Qaeda" where the gazetteer lists "al-Qaeda …" or "Al Qaeda": matched as written and without the hyphen.</summary>
    private static bool AddOrganisation(Document document, ReadOnlySpan<TokenKeys> keys, Gazetteer gazetteer, List<EntitySpan> spans, int at, int sentenceEnd)
    {
        Span<ulong> lower = stackalloc ulong[Math.Min(8, sentenceEnd - at)];
        for (var i = 0; i < lower.Length; i++)
        {
            lower[i] = keys[at + i].Lower;
        }
        var length = gazetteer.LongestMatch(lower, 0, out var entry);
        if ((entry.Categories & GazetteerCategory.Organization) == 0 && ArticleName(document, at, sentenceEnd) == 3)
        {
            // Skip the hyphen: "al" "-" "Qaeda" against "al qaeda".
            for (var i = 1; i + 1 < lower.Length; i++)
            {
                lower[i] = lower[i + 1];
            }
            var joined = gazetteer.LongestMatch(lower[..^1], 0, out entry);
            length = joined >= 2 ? joined + 1 : 0;
        }
        if (length == 0 || (entry.Categories & GazetteerCategory.Organization) == 0)
        {
            return false;
        }
        var name = new TokenRange(at, at + length);
        if (spans.Exists(s => s.Tokens.Start < name.End && name.Start < s.Tokens.End && s.Tokens.End > name.End))
        {
            return false;
        }
        spans.RemoveAll(s => s.Tokens.Start >= name.Start && s.Tokens.End <= name.End);
        spans.Add(new EntitySpan(name, EntityLabel.ORG));
        return true;
    }
}
