using System.Globalization;
using System.Text;
using OnRecord.Core.Annotations;
using OnRecord.Core.Documents;
using OnRecord.Core.Serialization;
using OnRecord.Store.Entities;

namespace OnRecord.Store.Sqlite;

/// <summary>Writes a story's annotation layers: mentions (with merged entities), quotes, time expressions, quantities, claims, events.</summary>
internal sealed class LayerWriter(SqlSession sql, EntityResolver resolver, EntityRepository entities)
{
    public void Write(long documentId, Document d)
    {
        var date = DocumentRepository.DateText(d.Date);
        resolver.BeginDocument(Names(d));
        foreach (var e in d.Entities)
        {
            var entityId = resolver.Resolve(e.Canonical, e.Label, d.TextOf(e.Range));
            if (e.Role is { Length: > 0 } role)
            {
                entities.AddRole(entityId, role, date);
            }
            sql.Execute(
                "INSERT INTO mentions(document_id, entity_id, char_start, char_end, label, canonical, role) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                documentId, entityId, e.Range.Start, e.Range.End, e.Label.ToString(), e.Canonical, e.Role);
        }
        var ordinal = 0;
        foreach (var q in d.Quotes)
        {
            WriteQuote(documentId, d, q, ordinal++, date);
        }
        foreach (var t in d.Timexes)
        {
            sql.Execute(
                "INSERT INTO timexes(document_id, char_start, char_end, text, type, value, mod) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                documentId, t.Range.Start, t.Range.End, d.TextOf(t.Range), t.Type.ToString(), t.Value, t.Mod);
        }
        foreach (var q in d.Quantities)
        {
            sql.Execute(
                "INSERT INTO quantities(document_id, char_start, char_end, text, value, unit, measure_start, measure_end) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                documentId, q.Range.Start, q.Range.End, d.TextOf(q.Range), q.Value, q.Unit, q.Measure?.Start, q.Measure?.End);
        }
        foreach (var c in d.Claims)
        {
            sql.Execute(
                "INSERT INTO claims(document_id, char_start, char_end, text, stance, speaker_start, speaker_end) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                documentId, c.Range.Start, c.Range.End, d.TextOf(c.Range), c.Stance == ClaimStance.Denial ? "denial" : "assertion", c.Speaker?.Start, c.Speaker?.End);
        }
        foreach (var e in d.Events)
        {
            sql.Execute(
                """
                INSERT INTO events(document_id, char_start, char_end, text, cameo, plover, source_start, source_end, target_start, target_end)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
                """,
                documentId, e.Trigger.Start, e.Trigger.End, d.TextOf(e.Trigger), e.CameoCode, e.PloverType, e.Source?.Start, e.Source?.End, e.Target?.Start, e.Target?.End);
        }
    }

    private void WriteQuote(long documentId, Document d, Quote q, int ordinal, string? date)
    {
        long? speakerId = null;
        if (q.Speaker is { Canonical: { Length: > 0 } canonical } speaker)
        {
            speakerId = resolver.Resolve(canonical, SpeakerLabel.Of(d, speaker), SpeakerLabel.Alias(d, speaker));
            if (speaker.Role is { Length: > 0 } role)
            {
                entities.AddRole(speakerId.Value, role, StatementDate(q.StatementDate) ?? date);
            }
        }
        var statementDay = StatementDay(q.StatementDate) ?? DocumentRepository.Day(d.Date);
        sql.Execute(
            """
            INSERT INTO quotes(document_id, ordinal, content_start, content_end, content, fragments, kind, cue_start, cue_end, cue,
                speaker_start, speaker_end, speaker_text, speaker_canonical, speaker_role, speaker_label, speaker_entity_id,
                confidence, statement_date, statement_day)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)
            """,
            documentId, ordinal, q.Content.Start, q.Content.End, d.TextOf(q.Content), Fragments(q), DocumentJsonWriter.KindName(q.Kind),
            q.Cue?.Start, q.Cue?.End, q.Cue is { } cue ? d.TextOf(cue) : null,
            q.Speaker?.Mention.Start, q.Speaker?.Mention.End, q.Speaker is { } s ? d.TextOf(s.Mention) : null,
            q.Speaker?.Canonical, q.Speaker?.Role, q.Speaker?.Label?.ToString(), speakerId,
            (double)q.Confidence, q.StatementDate, statementDay);
    }

    /// <summary>YYYYMMDD when a TIMEX3 value names a day (<c>2024-03-06</c>, <c>2024-03-06T10:00</c>); else null.</summary>
    public static int? StatementDay(string? value) =>
        StatementDate(value) is { } text && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? DocumentRepository.Day(day)
            : null;

    private static string? StatementDate(string? value) => value is { Length: >= 10 } && (value.Length == 10 || value[10] == 'T') ? value[..10] : null;

    private static string Fragments(Quote q)
    {
        var sb = new StringBuilder("[");
        var fragments = q.Fragments.IsDefaultOrEmpty ? [q.Content] : q.Fragments;
        for (var i = 0; i < fragments.Length; i++)
        {
            sb.Append(i > 0 ? ",[" : "[").Append(fragments[i].Start.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(fragments[i].End.ToString(CultureInfo.InvariantCulture)).Append(']');
        }
        return sb.Append(']').ToString();
    }

    private static IEnumerable<(string, EntityLabel)> Names(Document d)
    {
        foreach (var e in d.Entities)
        {
            yield return (e.Canonical, e.Label);
        }
        foreach (var q in d.Quotes)
        {
            if (q.Speaker is { Canonical: { Length: > 0 } canonical } s && SpeakerLabel.Of(d, s) is { } label)
            {
                yield return (canonical, label);
            }
        }
    }
}
