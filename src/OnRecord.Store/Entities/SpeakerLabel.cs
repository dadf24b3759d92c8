using OnRecord.Core.Annotations;
using OnRecord.Core.Documents;

namespace OnRecord.Store.Entities;

/// <summary>
/// The label of a speaker the quote stage left unlabelled: the label the story's entities give the same
/// name, else a person when the mention has an honorific or the name is two to four capitalised words
/// with no institutional word, an organisation when it has one, else nothing (kept apart from everything).
/// </summary>
public static class SpeakerLabel
{
    private static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "prof", "prof.", "madam",
    };

    private static readonly HashSet<string> InstitutionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "commission", "ministry", "office", "council", "association", "house", "court", "bank", "party", "union", "government",
        "agency", "committee", "department", "parliament", "assembly", "army", "police", "federation", "fund", "organization",
        "organisation", "institute", "university", "company", "group", "coalition", "alliance", "board", "service", "authority",
        "senate", "congress", "kremlin", "embassy", "cabinet", "secretariat", "bureau", "forces", "command", "inc", "ltd", "corp",
    };

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "his", "their", "its", "who", "which",
    };

    /// <summary>
    /// The speaker mention as an alias worth keeping: its role prefix removed ("Trade Commissioner Anna Lindqvist" →
    /// "Anna Lindqvist"); nothing for pronouns or descriptions ("he", "a senior official").
    /// </summary>
    public static string? Alias(Document document, QuoteSpeaker speaker)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.TextOf(speaker.Mention).Trim();
        if (speaker.Role is { Length: > 0 } role && text.StartsWith(role, StringComparison.OrdinalIgnoreCase))
        {
            text = text[role.Length..].Trim();
        }
        return text.Length == 0 || Pronouns.Contains(text) || !PersonName.LooksLikeName(text) ? null : text;
    }

    public static EntityLabel? Of(Document document, QuoteSpeaker speaker)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (speaker.Label is { } label)
        {
            return label;
        }
        if (speaker.Canonical is not { Length: > 0 } canonical)
        {
            return null;
        }
        var key = NameKey.Of(canonical);
        foreach (var e in document.Entities)
        {
            if (NameKey.Of(e.Canonical) == key)
            {
                return e.Label;
            }
        }
        var words = canonical.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Any(w => InstitutionWords.Contains(w.TrimEnd('.', ',', '\'', '’', 's'))) || words.Any(w => InstitutionWords.Contains(w)))
        {
            return EntityLabel.ORG;
        }
        var mention = document.TextOf(speaker.Mention).TrimStart();
        var first = mention.Split(' ', 2)[0];
        if (PersonName.LooksLikeName(canonical) && (Honorifics.Contains(first) || words.Length is >= 2 and <= 4))
        {
            return EntityLabel.PERSON;
        }
        return null;
    }
}
