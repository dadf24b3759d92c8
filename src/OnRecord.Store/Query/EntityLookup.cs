using OnRecord.Core.Errors;
using OnRecord.Store.Entities;
using OnRecord.Store.Sqlite;

namespace OnRecord.Store.Query;

/// <summary>A merged entity of the record: its root id and every entity id merged into it.</summary>
public sealed record EntityRef(long RootId, string Name, string Label, IReadOnlyList<long> Ids);

/// <summary>
/// Finds the entity a user means by a name: its canonical name, any alias it was seen under
/// ("Mr Peskov", "U.S."), or a bare surname when only one person bears it. Two candidates are an error
/// that lists them, never a silent pick.
/// </summary>
internal sealed class EntityLookup(SqlSession sql)
{
    public EntityRef Find(string name)
    {
        var key = NameKey.Of(name);
        var roots = new HashSet<long>();
        Collect(roots, "SELECT root_id FROM entities WHERE name_key = $1", key);
        foreach (var entityClass in new[] { EntityClass.Place, EntityClass.Organisation })
        {
            if (KnownAliases.Find(key, entityClass) is { } known)
            {
                Collect(roots, "SELECT root_id FROM entities WHERE class = $1 AND name_key = $2", known.Class, NameKey.Of(known.Name));
            }
        }
        if (roots.Count == 0)
        {
            Collect(roots, "SELECT e.root_id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id WHERE a.alias_key = $1", key);
        }
        var person = PersonName.Parse(name);
        if (person is { } p && (p.FirstName is null || p.FirstName.Length == 1 || roots.Count == 0))
        {
            // A bare surname or an initial may mean any person bearing it: all of them are candidates.
            Collect(roots, "SELECT root_id FROM entities WHERE class = 'person' AND surname = $1 AND first_name IS NOT NULL AND ($2 IS NULL OR first_name LIKE $2 || '%')",
                p.Surname, p.FirstName);
        }
        if (roots.Count == 0 && person is { FirstName: not null } titled)
        {
            // "Mayor Ferreira", "Minister Okafor": a title the name key does not know, before a surname.
            Collect(roots, "SELECT root_id FROM entities WHERE class = 'person' AND surname = $1 AND first_name IS NOT NULL", titled.Surname);
        }
        if (roots.Count == 0)
        {
            throw new OnRecordException(ErrorCode.UnknownName, $"no one named '{name}' in the record");
        }
        if (roots.Count > 1)
        {
            var names = roots.Select(r => Name(r).Name).Order(StringComparer.Ordinal).ToList();
            throw new OnRecordException(ErrorCode.AmbiguousName, $"'{name}' could be {names.Count} entities: {string.Join(", ", names)}; give the full name");
        }
        return Get(roots.First());
    }

    public EntityRef Get(long rootId)
    {
        var (entityName, label) = Name(rootId);
        var ids = new List<long>();
        using (var r = sql.Command("SELECT id FROM entities WHERE root_id = $1", rootId).ExecuteReader())
        {
            while (r.Read())
            {
                ids.Add(r.GetInt64(0));
            }
        }
        return new EntityRef(rootId, entityName, label, ids);
    }

    private (string Name, string Label) Name(long id)
    {
        using var r = sql.Command("SELECT name, label FROM entities WHERE id = $1", id).ExecuteReader();
        return r.Read() ? (r.GetString(0), r.GetString(1)) : ("?", "?");
    }

    private void Collect(HashSet<long> roots, string query, params object?[] values)
    {
        using var r = sql.Command(query, values).ExecuteReader();
        while (r.Read())
        {
            roots.Add(r.GetInt64(0));
        }
    }
}
