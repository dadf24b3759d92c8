using System.Text;
using OnRecord.Core.Annotations;
using OnRecord.Core.Documents;

namespace OnRecord.Nlp.Entities;

/// <summary>
/// Links mentions of the same entity within one document and names each by the fullest form the document
/// gives: "Mr Peskov", "Peskov" → "Dmitry Peskov"; "US" → "United States" when the document writes both; an
/// acronym → its spelled-out organisation. A surname alone is expanded from the leaders gazetteer only when the
/// document gives no full name and the gazetteer knows exactly one person by it. Two people who share a surname
/// are never merged: a bare surname that fits several full names stays as written. Also strips honorifics and
/// titles from person spans (OntoNotes style) and records the role the text gives.
/// </summary>
public sealed class AliasResolver(Gazetteer gazetteer)
{
    private readonly RoleFinder _roles = new(gazetteer);

    public EntityMention[] Resolve(Document document, IReadOnlyList<EntitySpan> spans)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(spans);
        var trimmed = new List<EntitySpan>(spans.Count);
        foreach (var s in spans)
        {
            var t = Trim(document, s);
            if (!t.Tokens.IsEmpty)
            {
                trimmed.Add(t);
            }
        }
        var entityAt = new int[document.TokenCount];
        Array.Fill(entityAt, -1);
        for (var i = 0; i < trimmed.Count; i++)
        {
            for (var t = trimmed[i].Tokens.Start; t < trimmed[i].Tokens.End; t++)
            {
                entityAt[t] = i;
            }
        }
        var names = trimmed.Select(s => Words(document, s.Tokens)).ToArray();
        var result = new EntityMention[trimmed.Count];
        for (var i = 0; i < trimmed.Count; i++)
        {
            var span = trimmed[i];
            var canonical = span.Label switch
            {
                EntityLabel.PERSON => PersonCanonical(trimmed, names, i),
                EntityLabel.GPE => CountryCanonical(document, trimmed, names, i),
                EntityLabel.ORG => AcronymCanonical(trimmed, names, i),
                _ => null,
            } ?? string.Join(' ', names[i]);
            string? role = null;
            if (span.Label == EntityLabel.PERSON)
            {
                var sentence = document.Sentences.IsEmpty ? new TokenRange(0, document.TokenCount) : document.Sentences[Math.Max(0, document.SentenceIndexOf(span.Tokens.Start))];
                if (_roles.Find(document, span.Tokens, sentence, entityAt, trimmed) is { } r)
                {
                    role = Normalise(document.Slice(r));
                }
            }
            result[i] = new EntityMention(document.CharRange(span.Tokens), span.Label, canonical, role);
        }
        return result;
    }

    /// <summary>Drops a leading "the" from any name, and honorifics and titles from a person's (an empty span when nothing is left).</summary>
    private EntitySpan Trim(Document document, EntitySpan span)
    {
        var start = span.Tokens.Start;
        var end = span.Tokens.End;
        while (end - start > 1 && document[start].Text is "the" or "The")
        {
            start++;
        }
        if (span.Label == EntityLabel.PERSON)
        {
            while (end - start > 1 && (gazetteer.CategoriesOf(document[start].Text) & (GazetteerCategory.Honorific | GazetteerCategory.Role)) != 0
                && (gazetteer.CategoriesOf(document[start].Text) & (GazetteerCategory.FirstName | GazetteerCategory.Surname)) == 0)
            {
                start++;
            }
            // A lone title ("Mr", "Special") is no name.
            if (end - start == 1 && (gazetteer.CategoriesOf(document[start].Text) & (GazetteerCategory.Honorific | GazetteerCategory.Role)) != 0
                && (gazetteer.CategoriesOf(document[start].Text) & (GazetteerCategory.FirstName | GazetteerCategory.Surname)) == 0)
            {
                return new EntitySpan(new TokenRange(start, start), span.Label);
            }
        }
        return new EntitySpan(new TokenRange(start, end), span.Label);
    }

    private string? PersonCanonical(List<EntitySpan> spans, string[][] names, int index)
    {
        var name = names[index];
        string[]? best = null;
        var ambiguous = false;
        for (var j = 0; j < spans.Count; j++)
        {
            var other = names[j];
            if (spans[j].Label != EntityLabel.PERSON || other.Length <= name.Length || !Fits(name, other))
            {
                continue;
            }
            if (best is null || other.Length > best.Length)
            {
                ambiguous |= best is not null && !Fits(best, other);
                best = other;
            }
            else if (!Fits(other, best))
            {
                ambiguous = true;
            }
        }
        if (ambiguous)
        {
            return null;
        }
        if (best is not null)
        {
            return string.Join(' ', best);
        }
        if (name.Length == 1)
        {
            var ids = gazetteer.PersonsWithSurname(FeatureHash.OfLower(name[0]));
            string? only = null;
            foreach (var id in ids)
            {
                var full = gazetteer.Persons[id];
                if (only is not null && !string.Equals(only, full, StringComparison.Ordinal))
                {
                    return null;
                }
                only = full;
            }
            return only;
        }
        return null;
    }

    /// <summary>
    /// A shorter name fits a longer one when both end in the same surname and each of its other words matches, in
    /// order, a word of the longer name (an initial matches a word with that first letter).
    /// </summary>
    internal static bool Fits(string[] shorter, string[] longer)
    {
        if (!Same(shorter[^1], longer[^1]))
        {
            return false;
        }
        if (shorter.Length == 1)
        {
            return true;
        }
        if (!Same(shorter[0], longer[0]) && !IsInitialOf(shorter[0], longer[0]) && !IsInitialOf(longer[0], shorter[0]))
        {
            return false;
        }
        var k = 1;
        for (var i = 1; i < shorter.Length - 1; i++)
        {
            while (k < longer.Length - 1 && !Same(shorter[i], longer[k]) && !IsInitialOf(shorter[i], longer[k]))
            {
                k++;
            }
            if (k >= longer.Length - 1)
            {
                return false;
            }
            k++;
        }
        return true;
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static bool IsInitialOf(string initial, string word) =>
        initial.Length is 1 or 2 && (initial.Length == 1 || initial[1] == '.') && word.Length > 1 && char.ToUpperInvariant(initial[0]) == char.ToUpperInvariant(word[0]);

    private string? CountryCanonical(Document document, List<EntitySpan> spans, string[][] names, int index)
    {
        var country = CountryOf(document, spans[index].Tokens);
        if (country < 0)
        {
            return null;
        }
        string? best = null;
        for (var j = 0; j < spans.Count; j++)
        {
            if (spans[j].Label == EntityLabel.GPE && CountryOf(document, spans[j].Tokens) == country)
            {
                var text = string.Join(' ', names[j]);
                if (best is null || text.Length > best.Length)
                {
                    best = text;
                }
            }
        }
        return best;
    }

    private int CountryOf(Document document, TokenRange tokens)
    {
        Span<ulong> lower = stackalloc ulong[Math.Min(tokens.Length, 16)];
        if (tokens.Length > 16)
        {
            return -1;
        }
        for (var i = 0; i < tokens.Length; i++)
        {
            lower[i] = FeatureHash.OfLower(document[tokens.Start + i].Text);
        }
        return gazetteer.LongestMatch(lower, 0, out var entry) == tokens.Length && (entry.Categories & GazetteerCategory.Country) != 0 ? entry.Country : -1;
    }

    private static string? AcronymCanonical(List<EntitySpan> spans, string[][] names, int index)
    {
        var name = names[index];
        if (name.Length != 1 || name[0].Length is < 2 or > 7 || !name[0].All(c => char.IsUpper(c) || c == '.'))
        {
            return null;
        }
        var letters = name[0].Replace(".", "", StringComparison.Ordinal);
        string? found = null;
        for (var j = 0; j < spans.Count; j++)
        {
            if (spans[j].Label != EntityLabel.ORG || names[j].Length < 2)
            {
                continue;
            }
            var initials = new StringBuilder();
            foreach (var w in names[j])
            {
                if (w.Length > 0 && char.IsUpper(w[0]))
                {
                    initials.Append(w[0]);
                }
            }
            if (initials.ToString() == letters)
            {
                var text = string.Join(' ', names[j]);
                if (found is not null && found != text)
                {
                    return null;
                }
                found = text;
            }
        }
        return found;
    }

    private static string[] Words(Document document, TokenRange tokens)
    {
        var words = new string[tokens.Length];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = document[tokens.Start + i].Text.ToString();
        }
        return words;
    }

    private static string Normalise(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space)
            {
                builder.Append(' ');
                space = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }
}
