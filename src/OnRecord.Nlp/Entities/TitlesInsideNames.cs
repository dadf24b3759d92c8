using OnRecord.Core.Annotations;
using OnRecord.Core.Documents;

namespace OnRecord.Nlp.Entities;

/// <summary>
/// "German Chancellor Helmut Kohl" tagged as one organisation: a capitalised role word inside a non-person span,
/// after a nationality or country and before a given name and more capitalised words, separates the nationality
/// (NORP) or country (GPE) from the person who holds the title. The title itself is no name. (Splitting after
/// any owner, "Supreme Court Justice …", cost 0.04 F1 on CrossNER.)
/// </summary>
internal static class TitlesInsideNames
{
    public static void Apply(ReadOnlySpan<TokenKeys> keys, Gazetteer gazetteer, List<EntitySpan> spans)
    {
        for (var s = spans.Count - 1; s >= 0; s--)
        {
            var span = spans[s];
            if (span.Label is not (EntityLabel.ORG or EntityLabel.GPE or EntityLabel.NORP))
            {
                continue;
            }
            var role = -1;
            for (var i = span.Tokens.Start; i < span.Tokens.End - 2; i++)
            {
                if (IsTitle(keys[i]) && (keys[i + 1].Word1 & GazetteerCategory.FirstName) != 0 && AllCapitalised(keys, i + 1, span.Tokens.End))
                {
                    role = i;
                    break;
                }
            }
            if (role < 0)
            {
                TitleBeforePerson(keys, gazetteer, spans, s);
                continue;
            }
            var owner = new TokenRange(span.Tokens.Start, role);
            var ownerLabel = role > span.Tokens.Start ? OwnerLabel(keys, gazetteer, owner) : null;
            if (ownerLabel is not { } label)
            {
                continue;
            }
            spans[s] = new EntitySpan(owner, label);
            spans.Insert(s + 1, new EntitySpan(new TokenRange(role + 1, span.Tokens.End), EntityLabel.PERSON));
        }
    }

    /// <summary>
    /// "German Chancellor" + "Anke Vogel": a span that is a nationality or country followed only by titles, right
    /// before a person, is that owner; the titles are the person's role, not part of any name.
    /// </summary>
    private static void TitleBeforePerson(ReadOnlySpan<TokenKeys> keys, Gazetteer gazetteer, List<EntitySpan> spans, int s)
    {
        var span = spans[s];
        if (s + 1 >= spans.Count || spans[s + 1].Label != EntityLabel.PERSON || spans[s + 1].Tokens.Start != span.Tokens.End
            || !IsTitle(keys[span.Tokens.End - 1]))
        {
            return;
        }
        var role = span.Tokens.End - 1;
        while (role > span.Tokens.Start && IsTitle(keys[role - 1]))
        {
            role--;
        }
        if (role > span.Tokens.Start && OwnerLabel(keys, gazetteer, new TokenRange(span.Tokens.Start, role)) is { } label)
        {
            spans[s] = new EntitySpan(new TokenRange(span.Tokens.Start, role), label);
        }
    }

    private static bool IsTitle(in TokenKeys k) =>
        (k.Word1 & GazetteerCategory.Role) != 0 && (k.Word1 & (GazetteerCategory.OrgWord | GazetteerCategory.FirstName | GazetteerCategory.Surname)) == 0
        && (k.Traits & TokenTraits.Capitalised) != 0;

    private static bool AllCapitalised(ReadOnlySpan<TokenKeys> keys, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if ((keys[i].Traits & TokenTraits.Capitalised) == 0)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>GPE for a country, NORP for a nationality, null otherwise: only those are split off with confidence.</summary>
    private static EntityLabel? OwnerLabel(ReadOnlySpan<TokenKeys> keys, Gazetteer gazetteer, TokenRange owner)
    {
        if (owner.Length > 8)
        {
            return null;
        }
        Span<ulong> lower = stackalloc ulong[owner.Length];
        for (var i = 0; i < owner.Length; i++)
        {
            lower[i] = keys[owner.Start + i].Lower;
        }
        if (gazetteer.LongestMatch(lower, 0, out var entry) != owner.Length)
        {
            return null;
        }
        return (entry.Categories & GazetteerCategory.Demonym) != 0 ? EntityLabel.NORP
            : (entry.Categories & GazetteerCategory.Country) != 0 ? EntityLabel.GPE
            : null;
    }
}
