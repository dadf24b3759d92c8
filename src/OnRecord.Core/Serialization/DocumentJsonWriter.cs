using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using OnRecord.Core.Annotations;
using OnRecord.Core.Documents;

namespace OnRecord.Core.Serialization;

/// <summary>
/// Writes a document in the OnRecord JSON contract (<c>docs/output-format.md</c>). Field names and
/// shapes are the contract: independent evaluation reads them, so change them only with the document.
/// </summary>
public static class DocumentJsonWriter
{
    public static JsonWriterOptions CompactOptions { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
        SkipValidation = true,
    };

    public static JsonWriterOptions IndentedOptions { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
    };

    public static void Write(Utf8JsonWriter w, Document d)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(d);
        w.WriteStartObject();
        w.WriteString("id", d.Id);
        WriteNullable(w, "date", d.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        WriteNullable(w, "dateline", d.Dateline);
        WriteNullable(w, "source", d.Source);
        WriteNullable(w, "title", d.Title);
        WriteNullable(w, "url", d.Url);
        if (d.IsExtractedText)
        {
            w.WriteString("text", d.Text);
        }

        w.WriteStartArray("sentences");
        foreach (var sentence in d.Sentences)
        {
            var range = d.CharRange(sentence);
            w.WriteStartArray();
            w.WriteNumberValue(range.Start);
            w.WriteNumberValue(range.End);
            w.WriteEndArray();
        }
        w.WriteEndArray();

        WriteTokens(w, d);
        WriteEntities(w, d);
        WriteQuotes(w, d);
        WriteTimexes(w, d);
        WriteQuantities(w, d);
        WriteClaims(w, d);
        WriteEvents(w, d);
        w.WriteEndObject();
    }

    private static void WriteTokens(Utf8JsonWriter w, Document d)
    {
        var parsed = (d.Assigned & Pipeline.Layers.Parse) != 0;
        w.WriteStartArray("tokens");
        foreach (ref readonly var t in d.TokenSpan)
        {
            w.WriteStartObject();
            w.WriteNumber("start", t.Start);
            w.WriteNumber("end", t.End);
            WriteNullable(w, "pos", t.Pos.Name());
            WriteNullable(w, "xpos", t.Xpos);
            WriteNullable(w, "lemma", t.Lemma);
            if (parsed && t.Head != TokenData.NoHead)
            {
                w.WriteNumber("head", t.Head);
            }
            else
            {
                w.WriteNull("head");
            }
            WriteNullable(w, "dep", t.Dep);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteEntities(Utf8JsonWriter w, Document d)
    {
        w.WriteStartArray("entities");
        foreach (var e in d.Entities)
        {
            w.WriteStartObject();
            WriteRange(w, d, e.Range);
            w.WriteString("label", e.Label.ToString());
            w.WriteString("canonical", e.Canonical);
            if (e.Role is not null)
            {
                w.WriteString("role", e.Role);
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteQuotes(Utf8JsonWriter w, Document d)
    {
        w.WriteStartArray("quotes");
        foreach (var q in d.Quotes)
        {
            w.WriteStartObject();
            w.WriteNumber("content_start", q.Content.Start);
            w.WriteNumber("content_end", q.Content.End);
            w.WriteString("content", d.Slice(q.Content));
            w.WriteString("kind", KindName(q.Kind));
            if (q.Cue is { } cue)
            {
                w.WriteStartObject("cue");
                WriteRange(w, d, cue);
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("cue");
            }
            if (q.Speaker is { } speaker)
            {
                w.WriteStartObject("speaker");
                WriteRange(w, d, speaker.Mention);
                WriteNullable(w, "canonical", speaker.Canonical);
                if (speaker.Role is not null)
                {
                    w.WriteString("role", speaker.Role);
                }
                if (speaker.Label is { } label)
                {
                    w.WriteString("label", label.ToString());
                }
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("speaker");
            }
            w.WriteStartArray("fragments");
            foreach (var f in q.Fragments.IsDefaultOrEmpty ? [q.Content] : q.Fragments)
            {
                w.WriteStartArray();
                w.WriteNumberValue(f.Start);
                w.WriteNumberValue(f.End);
                w.WriteEndArray();
            }
            w.WriteEndArray();
            w.WriteNumber("confidence", Math.Round(q.Confidence, 3));
            WriteNullable(w, "statement_date", q.StatementDate);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteTimexes(Utf8JsonWriter w, Document d)
    {
        w.WriteStartArray("timexes");
        foreach (var t in d.Timexes)
        {
            w.WriteStartObject();
            WriteRange(w, d, t.Range);
            w.WriteString("type", t.Type.ToString());
            w.WriteString("value", t.Value);
            if (t.Mod is not null)
            {
                w.WriteString("mod", t.Mod);
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteQuantities(Utf8JsonWriter w, Document d)
    {
        w.WriteStartArray("quantities");
        foreach (var q in d.Quantities)
        {
            w.WriteStartObject();
            WriteRange(w, d, q.Range);
            if (q.Value is { } value)
            {
                w.WriteNumber("value", value);
            }
            else
            {
                w.WriteNull("value");
            }
            WriteNullable(w, "unit", q.Unit);
            WriteOptionalRange(w, d, "measure", q.Measure);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteClaims(Utf8JsonWriter w, Document d)
    {
        w.WriteStartArray("claims");
        foreach (var c in d.Claims)
        {
            w.WriteStartObject();
            WriteRange(w, d, c.Range);
            w.WriteString("stance", c.Stance == ClaimStance.Denial ? "denial" : "assertion");
            WriteOptionalRange(w, d, "speaker", c.Speaker);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteEvents(Utf8JsonWriter w, Document d)
    {
        w.WriteStartArray("events");
        foreach (var e in d.Events)
        {
            w.WriteStartObject();
            WriteRange(w, d, e.Trigger);
            w.WriteString("cameo", e.CameoCode);
            WriteNullable(w, "plover", e.PloverType);
            WriteOptionalRange(w, d, "source", e.Source);
            WriteOptionalRange(w, d, "target", e.Target);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    public static string KindName(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => "direct",
        QuoteKind.Indirect => "indirect",
        _ => "mixed",
    };

    private static void WriteRange(Utf8JsonWriter w, Document d, TextRange range)
    {
        w.WriteNumber("start", range.Start);
        w.WriteNumber("end", range.End);
        w.WriteString("text", d.Slice(range));
    }

    private static void WriteOptionalRange(Utf8JsonWriter w, Document d, string name, TextRange? range)
    {
        if (range is { } r)
        {
            w.WriteStartObject(name);
            WriteRange(w, d, r);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }
}
