using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using OnRecord.Core.Annotations;
using OnRecord.Core.Documents;
using OnRecord.Core.Errors;

namespace OnRecord.Extraction.Quotes.Evaluation;

/// <summary>
/// Reads gold attribution files in the PolNeAR JSON-lines schema (one document per line with
/// <c>text</c> and <c>quotes[]</c> of character spans). Every span is checked against the text.
/// </summary>
public static class GoldQuoteReader
{
    public static IEnumerable<GoldDocument> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new OnRecordException(ErrorCode.PathNotFound, $"{path}: no such file");
        }
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            yield return Parse(line, $"{Path.GetFileName(path)}:{number}");
        }
    }

    public static GoldDocument Parse(string line, string location)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var text = root.GetProperty("text").GetString() ?? throw Malformed(location, "text is null");
            var id = root.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String ? idElement.GetString()! : location;
            DateOnly? date = root.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String
                && DateOnly.TryParseExact(d.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : null;
            var split = root.TryGetProperty("split", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
            var quotes = new List<GoldQuote>();
            if (root.TryGetProperty("quotes", out var array))
            {
                foreach (var q in array.EnumerateArray())
                {
                    quotes.Add(ParseQuote(q, text.Length, location));
                }
            }
            return new GoldDocument(id, text, date, split, quotes);
        }
        catch (JsonException e)
        {
            throw Malformed(location, e.Message);
        }
        catch (KeyNotFoundException e)
        {
            throw Malformed(location, e.Message);
        }
        catch (InvalidOperationException e)
        {
            throw Malformed(location, e.Message);
        }
    }

    private static GoldQuote ParseQuote(JsonElement q, int length, string location)
    {
        var content = Range(q, "content_start", "content_end", length, location)
            ?? throw Malformed(location, "quote without content offsets");
        var fragments = Spans(q, "content_spans", length, location);
        var speaker = Spans(q, "speaker_spans", length, location);
        if (speaker.IsEmpty && Range(q, "speaker_start", "speaker_end", length, location) is { } single)
        {
            speaker = [single];
        }
        var kind = q.TryGetProperty("kind", out var k) ? k.GetString() switch
        {
            "direct" => QuoteKind.Direct,
            "mixed" => QuoteKind.Mixed,
            "indirect" => QuoteKind.Indirect,
            var other => throw Malformed(location, $"unknown quote kind '{other}'"),
        } : QuoteKind.Indirect;
        return new GoldQuote(content, fragments.IsEmpty ? [content] : fragments, speaker, Range(q, "cue_start", "cue_end", length, location), kind);
    }

    private static TextRange? Range(JsonElement q, string startName, string endName, int length, string location)
    {
        if (!q.TryGetProperty(startName, out var s) || !q.TryGetProperty(endName, out var e) || s.ValueKind != JsonValueKind.Number || e.ValueKind != JsonValueKind.Number)
        {
            return null;
        }
        return Checked(s.GetInt32(), e.GetInt32(), length, location);
    }

    private static ImmutableArray<TextRange> Spans(JsonElement q, string name, int length, string location)
    {
        if (!q.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return [];
        }
        var builder = ImmutableArray.CreateBuilder<TextRange>();
        foreach (var pair in array.EnumerateArray())
        {
            builder.Add(Checked(pair[0].GetInt32(), pair[1].GetInt32(), length, location));
        }
        return builder.ToImmutable();
    }

    private static TextRange Checked(int start, int end, int length, string location) =>
        start < 0 || end > length || start > end
            ? throw Malformed(location, $"span [{start},{end}) outside the text (length {length})")
            : new TextRange(start, end);

    private static OnRecordException Malformed(string location, string why) =>
        new(ErrorCode.MalformedGoldFile, $"{location}: {why}");
}
