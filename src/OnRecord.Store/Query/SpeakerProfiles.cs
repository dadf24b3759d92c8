using OnRecord.Store.Sqlite;

namespace OnRecord.Store.Query;

/// <summary>Builds a speaker's profile: aliases and roles over every entity merged into them, counts, timeline, and whom they talk about.</summary>
internal sealed class SpeakerProfiles(SqlSession sql, RowLoader rows)
{
    public SpeakerProfile Build(EntityRef entity, int timelineLimit)
    {
        var aliases = new List<AliasCount>();
        using (var r = sql.Command(
            "SELECT a.alias, sum(a.count) FROM entity_aliases a JOIN entities e ON e.id = a.entity_id WHERE e.root_id = $1 GROUP BY a.alias ORDER BY 2 DESC, 1",
            entity.RootId).ExecuteReader())
        {
            while (r.Read())
            {
                aliases.Add(new AliasCount(r.GetString(0), r.GetInt32(1)));
            }
        }
        var roles = new List<RoleSpan>();
        using (var r = sql.Command(
            "SELECT x.role, sum(x.count), min(x.first_date), max(x.last_date) FROM entity_roles x JOIN entities e ON e.id = x.entity_id WHERE e.root_id = $1 GROUP BY lower(x.role) ORDER BY 2 DESC, 1",
            entity.RootId).ExecuteReader())
        {
            while (r.Read())
            {
                roles.Add(new RoleSpan(r.GetString(0), r.GetInt32(1), r.IsDBNull(2) ? null : r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3)));
            }
        }
        var mentions = (int)(sql.Long("SELECT count(*) FROM mentions WHERE entity_id IN (SELECT id FROM entities WHERE root_id = $1)", entity.RootId) ?? 0);
        var statements = (int)(sql.Long("SELECT count(*) FROM quotes WHERE speaker_entity_id IN (SELECT id FROM entities WHERE root_id = $1)", entity.RootId) ?? 0);
        var timeline = rows.QuotesBySpeaker(entity.RootId, timelineLimit);
        var about = new List<EntityCount>();
        using (var r = sql.Command(
            """
            SELECT root.name, root.label, count(*) FROM quotes q
            JOIN mentions m ON m.document_id = q.document_id AND m.char_start >= q.content_start AND m.char_end <= q.content_end
            JOIN entities me ON me.id = m.entity_id
            JOIN entities root ON root.id = me.root_id
            WHERE q.speaker_entity_id IN (SELECT id FROM entities WHERE root_id = $1) AND root.id <> $1
            GROUP BY root.id ORDER BY 3 DESC, 1 LIMIT 10
            """, entity.RootId).ExecuteReader())
        {
            while (r.Read())
            {
                about.Add(new EntityCount(r.GetString(0), r.GetString(1), r.GetInt32(2)));
            }
        }
        return new SpeakerProfile(entity, aliases, roles, mentions, statements, timeline, about);
    }
}
