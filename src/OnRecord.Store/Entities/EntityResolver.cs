using OnRecord.Core.Annotations;
using OnRecord.Store.Sqlite;

namespace OnRecord.Store.Entities;

/// <summary>
/// Merges the entities of each new document into those of the record, conservatively:
/// <list type="bullet">
/// <item>Names merge when their keys are equal (<see cref="NameKey"/>), middle names and initials aside
/// (<c>Dmitry S. Peskov</c> = <c>Dmitry Peskov</c>), or when a fixed alias group joins them (<c>America</c> = <c>US</c>).</item>
/// <item>A bare surname (<c>Peskov</c>, <c>Mr Peskov</c>) or an initial (<c>D. Peskov</c>) joins a full name only when
/// exactly one person of the record (or of the same document) fits it. With two people named Lindqvist it stays apart.</item>
/// <item>Two full names with different first names never merge.</item>
/// </list>
/// A bare surname seen before any full name is adopted by the first full name that arrives, while that name is the only one.
/// </summary>
internal sealed class EntityResolver(EntityRepository entities)
{
    /// <summary>Full names of persons in the current document, by surname key, for resolving a bare surname there first.</summary>
    private readonly Dictionary<string, HashSet<string>> _documentPersons = new(StringComparer.Ordinal);

    public void BeginDocument(IEnumerable<(string Canonical, EntityLabel Label)> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        _documentPersons.Clear();
        foreach (var (canonical, label) in names)
        {
            if (label != EntityLabel.PERSON || !PersonName.LooksLikeName(canonical))
            {
                continue;
            }
            var person = PersonName.Parse(canonical);
            if (person is { FirstName: { Length: > 1 } })
            {
                if (!_documentPersons.TryGetValue(person.Value.Surname, out var set))
                {
                    _documentPersons[person.Value.Surname] = set = new HashSet<string>(StringComparer.Ordinal);
                }
                set.Add(person.Value.Key);
            }
        }
    }

    /// <summary>The entity a name resolves to, created if new. <paramref name="surface"/> is the text as written, kept as an alias.</summary>
    public long Resolve(string canonical, EntityLabel? label, string? surface)
    {
        ArgumentNullException.ThrowIfNull(canonical);
        var entityClass = label is { } known ? EntityClass.Of(known) : EntityClass.Unknown;
        if (entityClass == EntityClass.Person && !PersonName.LooksLikeName(canonical))
        {
            // A tagger's PERSON on "electoral commission" is not a name to merge by surname.
            entityClass = EntityClass.Unknown;
        }
        long id;
        if (entityClass == EntityClass.Person && PersonName.Parse(canonical) is { } person)
        {
            id = ResolvePerson(person, canonical, EntityLabel.PERSON);
        }
        else
        {
            id = ResolveName(canonical, label, entityClass);
        }
        entities.AddAlias(id, canonical.Trim(), NameKey.Of(canonical));
        if (surface is not null && !string.Equals(surface.Trim(), canonical.Trim(), StringComparison.Ordinal))
        {
            entities.AddAlias(id, surface.Trim(), NameKey.Of(surface));
        }
        return id;
    }

    private long ResolveName(string canonical, EntityLabel? label, string entityClass)
    {
        var key = NameKey.Of(canonical);
        if (key.Length == 0)
        {
            key = canonical.Trim().ToLowerInvariant();
        }
        var name = canonical.Trim();
        if (KnownAliases.Find(key, entityClass) is { } known)
        {
            entityClass = known.Class;
            key = NameKey.Of(known.Name);
            name = known.Name;
        }
        return entities.FindByKey(entityClass, key)?.Id ?? entities.Create(name, label?.ToString() ?? "UNKNOWN", entityClass, key, null, null);
    }

    private long ResolvePerson(PersonName person, string canonical, EntityLabel label)
    {
        var existing = entities.FindByKey(EntityClass.Person, person.Key);
        if (person.FirstName is null || person.FirstName.Length == 1)
        {
            // A bare surname or an initial: only a unique full name may claim it.
            if (UniqueFullName(person) is { } match)
            {
                return match.Id;
            }
            return existing?.Id ?? entities.Create(canonical.Trim(), label.ToString(), EntityClass.Person, person.Key, person.Surname, person.FirstName);
        }
        if (existing is { } found)
        {
            return found.Id;
        }
        var id = entities.Create(canonical.Trim(), label.ToString(), EntityClass.Person, person.Key, person.Surname, person.FirstName);
        var bare = entities.FindByKey(EntityClass.Person, person.Surname);
        if (bare is { } lone && lone.RootId == lone.Id && entities.FullNamedPersons(person.Surname).Count(e => e.FirstName!.Length > 1) == 1)
        {
            // A bare surname first seen alone, now with exactly one full name to belong to.
            entities.Merge(lone.Id, id, "bare surname adopted by the only full name");
        }
        return id;
    }

    /// <summary>The one full-named person a bare surname or an initial can mean: in this document first, else in the record.</summary>
    private StoredEntity? UniqueFullName(PersonName person)
    {
        if (_documentPersons.TryGetValue(person.Surname, out var inDocument))
        {
            var fits = inDocument.Where(person.FitsKey).ToList();
            if (fits.Count == 1)
            {
                return entities.FindByKey(EntityClass.Person, fits[0]);
            }
            if (fits.Count > 1)
            {
                return null;
            }
        }
        var candidates = entities.FullNamedPersons(person.Surname)
            .Where(e => e.FirstName!.Length > 1 && (person.FirstName is null || e.FirstName.StartsWith(person.FirstName, StringComparison.Ordinal)))
            .ToList();
        return candidates.Count == 1 ? candidates[0] : null;
    }
}
