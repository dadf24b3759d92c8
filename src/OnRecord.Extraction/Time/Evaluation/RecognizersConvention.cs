using System.Text.Json;
using OnRecord.Core.Annotations;

namespace OnRecord.Extraction.Time.Evaluation;

/// <summary>
/// Microsoft Recognizers-Text conventions to TIMEX3. Points are TIMEX3 already; ranges <c>(start,end,duration)</c>
/// become the calendar period they cover or are left out; an underspecified value (<c>XXXX-10-02</c>,
/// <c>XXXX-WXX-1</c>) also accepts each resolved reading the suite lists (the past and the future one);
/// a time without a date (<c>T07</c>) matches any value with that time of day.
/// Left out: time zones (not a TIMEX3 type), time and date-time ranges, ranges that are not one calendar period,
/// instants relative to the reference clock time ("30 min later", "end of tomorrow" as 23:59:59).
/// </summary>
public static class RecognizersConvention
{
    public static ConversionResult Convert(SourceTimex t, JsonElement root)
    {
        _ = root;
        if (!Enum.TryParse<TimexType>(t.Type, out var type))
        {
            return ConversionResult.Excluded("recognizers.timezone");
        }
        var value = t.Value;
        if (value.StartsWith('('))
        {
            var parts = value.Trim('(', ')').Split(',');
            if (parts.Length < 2 || parts[0].Contains('T', StringComparison.Ordinal) || parts[1].Contains('T', StringComparison.Ordinal))
            {
                return ConversionResult.Excluded("recognizers.time_range");
            }
            var period = CalendarPeriod.FromInterval(parts[0], parts[1]);
            if (period is null)
            {
                return ConversionResult.Excluded("recognizers.date_range");
            }
            var accepted = new List<string> { period };
            foreach (var r in Resolutions(t.Raw))
            {
                if (r.TryGetProperty("start", out var s) && r.TryGetProperty("end", out var e) && s.GetString() is { } ss && e.GetString() is { } es
                    && CalendarPeriod.FromInterval(ss, es) is { } resolved && !accepted.Contains(resolved))
                {
                    accepted.Add(resolved);
                }
            }
            return new ConversionResult(new TimexGold(t.Range, TimexType.DATE, accepted), null);
        }
        if (HasSeconds(value))
        {
            return ConversionResult.Excluded("recognizers.clock_relative");
        }
        var values = new List<string> { value };
        if (value.Contains('X', StringComparison.Ordinal) && !value.StartsWith('P'))
        {
            foreach (var r in Resolutions(t.Raw))
            {
                if (r.TryGetProperty("start", out var rs) && r.TryGetProperty("end", out var re) && rs.GetString() is { } rss && re.GetString() is { } res
                    && CalendarPeriod.FromInterval(rss, res) is { } period2 && !values.Contains(period2))
                {
                    values.Add(period2);
                }
                if (r.TryGetProperty("value", out var v) && v.GetString() is { } resolved)
                {
                    var asTimex = resolved.Replace(' ', 'T');
                    if (asTimex.EndsWith(":00", StringComparison.Ordinal) && asTimex.Length > 16)
                    {
                        asTimex = asTimex[..^3];
                    }
                    if (asTimex.Length >= 10 && char.IsDigit(asTimex[0]) && !values.Contains(asTimex))
                    {
                        values.Add(asTimex);
                    }
                }
            }
        }
        return new ConversionResult(new TimexGold(t.Range, type, values), null);
    }

    private static bool HasSeconds(string value)
    {
        var t = value.IndexOf('T', StringComparison.Ordinal);
        return t >= 0 && !value.StartsWith('P') && value.Length - t >= 9 && value[t + 3] == ':' && value[t + 6] == ':';
    }

    private static IEnumerable<JsonElement> Resolutions(JsonElement raw) =>
        raw.TryGetProperty("resolution", out var res) && res.ValueKind == JsonValueKind.Array ? res.EnumerateArray() : [];
}
