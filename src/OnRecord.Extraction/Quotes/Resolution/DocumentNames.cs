using System.Text;
using OnRecord.Core.Annotations;
using OnRecord.Extraction.Quotes.Lexicon;

namespace OnRecord.Extraction.Quotes.Resolution;

/// <summary>
/// The names a document mentions, in text order, linked so that each has a canonical (fullest) form and,
/// where the text says so, a role. With an entity layer the recogniser's mentions are used; without one,
/// capitalised word runs stand in, typed by their honorifics and head words.
/// </summary>
internal sealed class DocumentNames
{
    private readonly List<NameMention> _names;

    private DocumentNames(List<NameMention> names) => _names = names;

    public IReadOnlyList<NameMention> All => _names;

    public static DocumentNames Build(QuoteContext ctx)
    {
        var names = ctx.HasEntities ? Merge(FromEntities(ctx), CapitalisedNames.Find(ctx)) : CapitalisedNames.Find(ctx);
        RoleFinder.Attach(ctx, names);
        Link(names);
        return new DocumentNames(names);
    }

    /// <summary>The name whose tokens overlap <c>[start, end)</c>, preferring the last one (the head of "a report by Robert Mueller").</summary>
    public NameMention? Within(int start, int end)
    {
        NameMention? found = null;
        foreach (var n in _names)
        {
            if (n.Start >= end)
            {
                break;
            }
            if (n.End > start)
            {
                found = n;
            }
        }
        return found;
    }

    /// <summary>Names before token <paramref name="token"/>, nearest first.</summary>
    public IEnumerable<NameMention> Before(int token)
    {
        var i = _names.FindLastIndex(n => n.End <= token);
        for (; i >= 0; i--)
        {
            yield return _names[i];
        }
    }

    /// <summary>The recogniser's names, plus capitalised runs it did not cover (it may miss a name the quotation needs).</summary>
    private static List<NameMention> Merge(List<NameMention> entities, List<NameMention> runs)
    {
        var merged = new List<NameMention>(entities);
        foreach (var run in runs)
        {
            if (!entities.Exists(e => e.Start < run.End && run.Start < e.End))
            {
                merged.Add(run);
            }
        }
        merged.Sort((a, b) => a.Start.CompareTo(b.Start));
        return merged;
    }

    private static List<NameMention> FromEntities(QuoteContext ctx)
    {
        var names = new List<NameMention>();
        foreach (var e in ctx.Document.Entities)
        {
            if (e.Label is not (EntityLabel.PERSON or EntityLabel.ORG or EntityLabel.GPE or EntityLabel.NORP))
            {
                continue;
            }
            var start = ctx.Document.TokenIndexAt(e.Range.Start);
            var end = ctx.Document.TokenIndexAt(Math.Max(e.Range.Start, e.Range.End - 1)) + 1;
            var words = e.Canonical.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            names.Add(new NameMention
            {
                Start = start,
                End = Math.Min(end, ctx.Count),
                Name = ctx.Document.TextOf(e.Range),
                Last = words.Length > 0 ? words[^1] : e.Canonical,
                Label = e.Label,
                Canonical = e.Canonical,
                Role = e.Role,
                Gender = e.Label == EntityLabel.PERSON && words.Length > 1 ? FirstNames.GenderOf(words[0]) : PronounKind.None,
            });
        }
        names.Sort((a, b) => a.Start.CompareTo(b.Start));
        // The recogniser gives a role on the mention that carries it; it holds for the entity's other mentions.
        var roles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var n in names)
        {
            if (n.Role is { } role)
            {
                roles.TryAdd(n.Canonical!, role);
            }
        }
        foreach (var n in names)
        {
            if (n.Role is null && roles.TryGetValue(n.Canonical!, out var role))
            {
                n.Role = role;
            }
        }
        return names;
    }

    private static string FullForm(NameMention n) => n.Canonical ?? n.Name;

    /// <summary>Links every person name to the fullest name sharing its surname, and gives organisations their own name.</summary>
    private static void Link(List<NameMention> names)
    {
        var fullest = new Dictionary<string, NameMention>(StringComparer.Ordinal);
        foreach (var n in names)
        {
            if (!n.IsPerson && n.Label is not null)
            {
                continue;
            }
            if (!fullest.TryGetValue(n.Last, out var best) || FullForm(n).Length > FullForm(best).Length)
            {
                fullest[n.Last] = n;
            }
        }
        foreach (var n in names)
        {
            // A surname the recogniser left alone ("Cyril") takes the full name given earlier ("Malkia Cyril").
            if (n.Canonical is { } given && n.IsPerson && !given.Contains(' ', StringComparison.Ordinal)
                && fullest.TryGetValue(n.Last, out var full) && full.IsPerson && FullForm(full).Length > given.Length)
            {
                n.Canonical = FullForm(full);
                continue;
            }
            if (n.Canonical is not null)
            {
                continue;
            }
            if ((n.IsPerson || n.Label is null) && fullest.TryGetValue(n.Last, out var best))
            {
                n.Canonical = FullForm(best);
                n.Label ??= best.Label;
                n.Role ??= best.Role;
                if (n.Gender == PronounKind.None)
                {
                    n.Gender = best.Gender;
                }
            }
            else
            {
                n.Canonical = n.Name;
            }
        }
        // Roles and genders learnt on any mention hold for the whole entity.
        foreach (var n in names)
        {
            if (n.Canonical is null || !fullest.TryGetValue(n.Last, out var best) || FullForm(best) != n.Canonical)
            {
                continue;
            }
            best.Role ??= n.Role;
            if (best.Gender == PronounKind.None)
            {
                best.Gender = n.Gender;
            }
        }
        foreach (var n in names)
        {
            if (n.Canonical is not null && fullest.TryGetValue(n.Last, out var best) && FullForm(best) == n.Canonical)
            {
                n.Role ??= best.Role;
                if (n.Gender == PronounKind.None)
                {
                    n.Gender = best.Gender;
                }
            }
        }
    }
}
