using System.Globalization;
using System.Text.Json;
using OnRecord.Core.Annotations;
using OnRecord.Core.Documents;
using OnRecord.Core.Errors;

namespace OnRecord.Extraction.Time.Evaluation;

/// <summary>
/// Reads gold JSONL in the schema of <c>shared/time/</c>: <c>{"id","dct","text","timexes":[{"start","end","text","type","value",…}]}</c>.
/// Cases whose id starts with <c>recognizers-text/</c> or <c>duckling/</c> are converted from those suites'
/// value conventions (<see cref="RecognizersConvention"/>, <see cref="DucklingConvention"/>); any other id is read as TIMEX3 already.
/// </summary>
public static class TimexGoldReader
{
    public static IReadOnlyList<TimexGoldCase> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new OnRecordException(ErrorCode.PathNotFound, $"{path}: no such file");
        }
        var cases = new List<TimexGoldCase>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            try
            {
                using var json = JsonDocument.Parse(line);
                cases.Add(ReadCase(json.RootElement));
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or FormatException or ArgumentOutOfRangeException)
            {
                throw new OnRecordException(ErrorCode.MalformedGoldFile, $"{path}:{lineNumber}: not a time gold case ({e.Message})");
            }
        }
        return cases;
    }

    public static TimexGoldCase ReadCase(JsonElement root)
    {
        var id = root.GetProperty("id").GetString() ?? "";
        var text = root.GetProperty("text").GetString() ?? throw new FormatException("missing text");
        DateOnly? date = root.TryGetProperty("dct", out var dct) && dct.ValueKind == JsonValueKind.String
            ? DateOnly.ParseExact(dct.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
        var gold = new List<TimexGold>();
        var excluded = new List<ExcludedTimex>();
        foreach (var t in root.GetProperty("timexes").EnumerateArray())
        {
            var range = new TextRange(t.GetProperty("start").GetInt32(), t.GetProperty("end").GetInt32());
            if (range.Start < 0 || range.End > text.Length || range.Start > range.End)
            {
                throw new FormatException($"timex {range} outside the text");
            }
            var source = new SourceTimex(range, t.GetProperty("type").GetString() ?? "", t.GetProperty("value").GetString() ?? "", t);
            var converted = id.StartsWith("recognizers-text/", StringComparison.Ordinal) ? RecognizersConvention.Convert(source, root)
                : id.StartsWith("duckling/", StringComparison.Ordinal) ? DucklingConvention.Convert(source, root, text)
                : Timex3(source);
            if (converted.Gold is { } g)
            {
                gold.Add(g);
            }
            else
            {
                excluded.Add(new ExcludedTimex(range, converted.Reason ?? "unmapped"));
            }
        }
        return new TimexGoldCase(id, date, text, gold, excluded);
    }

    private static ConversionResult Timex3(SourceTimex t) =>
        Enum.TryParse<TimexType>(t.Type, out var type)
            ? new ConversionResult(new TimexGold(t.Range, type, [t.Value]), null)
            : new ConversionResult(null, "type " + t.Type);
}

/// <summary>A gold expression as the source file gives it.</summary>
public readonly record struct SourceTimex(TextRange Range, string Type, string Value, JsonElement Raw);

/// <summary>The TIMEX3 gold for a source expression, or why it has none.</summary>
public readonly record struct ConversionResult(TimexGold? Gold, string? Reason)
{
    public static ConversionResult Excluded(string reason) => new(null, reason);
}
