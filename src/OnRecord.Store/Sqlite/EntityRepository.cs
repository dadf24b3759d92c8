namespace OnRecord.Store.Sqlite;

/// <summary>A stored entity as name resolution sees it.</summary>
internal readonly record struct StoredEntity(long Id, long RootId, string Name, string? FirstName);

/// <summary>Rows of <c>entities</c>, <c>entity_aliases</c> and <c>entity_roles</c>.</summary>
internal sealed class EntityRepository(SqlSession sql)
{
    /// <summary>Entities by (class, key), as looked up for every mention; cleared on a merge or a rollback, which change or undo rows.</summary>
    private readonly Dictionary<(string, string), StoredEntity> _byKey = [];

    public StoredEntity? FindByKey(string entityClass, string key)
    {
        if (_byKey.TryGetValue((entityClass, key), out var cached))
        {
            return cached;
        }
        using var reader = sql.Command("SELECT id, root_id, name, first_name FROM entities WHERE class = $1 AND name_key = $2", entityClass, key).ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }
        var entity = Read(reader);
        if (_byKey.Count > 200_000)
        {
            _byKey.Clear();
        }
        _byKey[(entityClass, key)] = entity;
        return entity;
    }

    public void ForgetCaches() => _byKey.Clear();

    /// <summary>Persons with this surname and a known first name (or initial), one per merged root.</summary>
    public List<StoredEntity> FullNamedPersons(string surname)
    {
        var result = new List<StoredEntity>();
        using var reader = sql.Command(
            "SELECT id, root_id, name, first_name FROM entities WHERE class = 'person' AND surname = $1 AND first_name IS NOT NULL AND id = root_id",
            surname).ExecuteReader();
        while (reader.Read())
        {
            result.Add(Read(reader));
        }
        return result;
    }

    public long Create(string name, string label, string entityClass, string key, string? surname, string? firstName)
    {
        var id = sql.Insert(
            "INSERT INTO entities(root_id, name, label, class, name_key, surname, first_name) VALUES (0, $1, $2, $3, $4, $5, $6)",
            name, label, entityClass, key, surname, firstName);
        sql.Execute("UPDATE entities SET root_id = id WHERE id = $1", id);
        return id;
    }

    /// <summary>Makes every entity under <paramref name="fromRoot"/> part of <paramref name="intoRoot"/>.</summary>
    public void Merge(long fromRoot, long intoRoot, string note)
    {
        if (fromRoot == intoRoot)
        {
            return;
        }
        sql.Execute("UPDATE entities SET merge_note = $3 WHERE id = $1 AND root_id = $1", fromRoot, intoRoot, note);
        sql.Execute("UPDATE entities SET root_id = $2 WHERE root_id = $1", fromRoot, intoRoot);
        _byKey.Clear();
    }

    public void AddAlias(long entityId, string alias, string aliasKey) =>
        sql.Execute(
            "INSERT INTO entity_aliases(entity_id, alias, alias_key, count) VALUES ($1, $2, $3, 1) ON CONFLICT(entity_id, alias) DO UPDATE SET count = count + 1",
            entityId, alias, aliasKey);

    public void AddRole(long entityId, string role, string? date) =>
        sql.Execute(
            """
            INSERT INTO entity_roles(entity_id, role, count, first_date, last_date) VALUES ($1, $2, 1, $3, $3)
            ON CONFLICT(entity_id, role) DO UPDATE SET count = count + 1,
                first_date = CASE WHEN first_date IS NULL OR $3 < first_date THEN $3 ELSE first_date END,
                last_date = CASE WHEN last_date IS NULL OR $3 > last_date THEN $3 ELSE last_date END
            """,
            entityId, role, date);

    private static StoredEntity Read(Microsoft.Data.Sqlite.SqliteDataReader r) =>
        new(r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3));
}
