using OnRecord.Store.Search;

namespace OnRecord.Store.Sqlite;

/// <summary>Reads a story back from SQLite in the shape the search index needs, so that indexing and re-indexing take one path.</summary>
internal sealed class StoryReader(SqlSession sql)
{
    public IndexedStory? Read(long documentId)
    {
        string text;
        int? day;
        using (var r = sql.Command("SELECT title, substr(text, body_start + 1, body_end - body_start), day FROM documents WHERE id = $1", documentId).ExecuteReader())
        {
            if (!r.Read())
            {
                return null;
            }
            text = r.IsDBNull(0) ? r.GetString(1) : r.GetString(0) + "\n\n" + r.GetString(1);
            day = r.IsDBNull(2) ? null : r.GetInt32(2);
        }
        var mentions = new List<(long Entity, int Start, int End)>();
        using (var r = sql.Command("SELECT entity_id, char_start, char_end FROM mentions WHERE document_id = $1", documentId).ExecuteReader())
        {
            while (r.Read())
            {
                mentions.Add((r.GetInt64(0), r.GetInt32(1), r.GetInt32(2)));
            }
        }
        var quotes = new List<IndexedQuote>();
        var speakers = new HashSet<long>();
        using (var r = sql.Command(
            "SELECT id, content, kind, speaker_entity_id, statement_day, content_start, content_end FROM quotes WHERE document_id = $1 ORDER BY ordinal",
            documentId).ExecuteReader())
        {
            while (r.Read())
            {
                long? speaker = r.IsDBNull(3) ? null : r.GetInt64(3);
                if (speaker is { } s)
                {
                    speakers.Add(s);
                }
                int start = r.GetInt32(5), end = r.GetInt32(6);
                var inside = mentions.Where(m => m.Start >= start && m.End <= end).Select(m => m.Entity).Distinct().ToList();
                quotes.Add(new IndexedQuote(r.GetInt64(0), r.GetString(1), r.GetString(2), speaker, inside, r.IsDBNull(4) ? day : r.GetInt32(4)));
            }
        }
        return new IndexedStory(documentId, text, day, mentions.Select(m => m.Entity).Distinct().ToList(), [.. speakers], quotes);
    }
}
