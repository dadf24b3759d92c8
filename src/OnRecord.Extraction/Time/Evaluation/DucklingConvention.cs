using System.Globalization;
using System.Text.Json;
using OnRecord.Core.Annotations;

namespace OnRecord.Extraction.Time.Evaluation;

/// <summary>
/// Facebook Duckling conventions to TIMEX3. Duckling resolves everything against an instant
/// (2013-02-12T04:30 in its corpus) and gives every value a grain. Mapped: the reference instant itself
/// becomes <c>PRESENT_REF</c> ("now"); an hour grain inherited from the reference clock ("7 days ago" →
/// <c>2013-02-05T04</c>) becomes the day; hour grain gains minutes (<c>T18</c> → <c>T18:00</c>); an interval
/// that is one calendar period becomes that period; a bare clock time resolved to the next day also accepts the
/// reference day (TIMEX3 news anchors "at 3 a.m." on the article's day). Duckling gold spans the whole phrase, so
/// further expressions found inside a matched phrase are not counted as spurious (<see cref="TimexGold.WholePhrase"/>). Left out: open intervals ("after 5 days"),
/// other intervals ("9:30 - 11:00", "past 2 weeks"), and instants relative to the reference clock ("in 5 minutes").
/// </summary>
public static class DucklingConvention
{
    public static ConversionResult Convert(SourceTimex t, JsonElement root, string text)
    {
        var value = t.Value;
        var reference = root.TryGetProperty("ref_datetime", out var rt) ? rt.GetString() ?? "" : "";
        var referenceDay = reference.Length >= 10 ? reference[..10] : "";
        var referenceHour = reference.Length >= 13 ? reference[11..13] : "";
        if (t.Type == "TIME" && MentionsZone(text))
        {
            // Duckling converts a time given in another zone into the reference zone (UTC-2); TIMEX3 keeps the time as written.
            return ConversionResult.Excluded("duckling.timezone_shift");
        }
        if (value.EndsWith('/') || value.StartsWith('/'))
        {
            return ConversionResult.Excluded("duckling.open_interval");
        }
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0)
        {
            var start = value[..slash];
            var end = value[(slash + 1)..];
            if (start.Contains('T', StringComparison.Ordinal) && !start.EndsWith("T00:00:00", StringComparison.Ordinal)
                && !(start.EndsWith("T18:00:00", StringComparison.Ordinal) && end.EndsWith("T00:00:00", StringComparison.Ordinal)))
            {
                return ConversionResult.Excluded("duckling.time_interval");
            }
            var period = CalendarPeriod.FromInterval(DayOf(start), DayOf(end));
            return period is null
                ? ConversionResult.Excluded("duckling.date_interval")
                : new ConversionResult(new TimexGold(t.Range, TimexType.DATE, [period], WholePhrase(t)), null);
        }
        if (value.Length >= 19 && value[10] == 'T' && value[16] == ':')
        {
            // Second grain: the reference instant ("now") or an offset from it ("in 5 minutes").
            return value == reference[..Math.Min(reference.Length, 19)]
                ? new ConversionResult(new TimexGold(t.Range, TimexType.DATE, ["PRESENT_REF"], WholePhrase(t)), null)
                : ConversionResult.Excluded("duckling.clock_relative");
        }
        if (value.Length == 13 && value[10] == 'T')
        {
            if (value[11..13] == referenceHour && !MentionsClock(text, referenceHour))
            {
                return new ConversionResult(new TimexGold(t.Range, TimexType.DATE, [value[..10]], WholePhrase(t)), null);
            }
            value += ":00";
        }
        var values = new List<string> { value };
        if (value.Length >= 16 && value[10] == 'T' && value[..10] != referenceDay && !MentionsDay(text)
            && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            && DateOnly.TryParseExact(referenceDay, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var refDay)
            && Math.Abs(day.DayNumber - refDay.DayNumber) == 1)
        {
            values.Add(referenceDay + value[10..]);
        }
        var type = Enum.TryParse<TimexType>(t.Type, out var parsed) ? parsed : TimexType.DATE;
        return new ConversionResult(new TimexGold(t.Range, type, values, WholePhrase(t)), null);
    }

    private static bool WholePhrase(SourceTimex t) =>
        t.Raw.ValueKind == JsonValueKind.Object && t.Raw.TryGetProperty("span_is_whole_input", out var whole) && whole.ValueKind == JsonValueKind.True;

    private static string DayOf(string instant) => instant.Length >= 10 ? instant[..10] : instant;

    private static bool MentionsClock(string text, string hour)
    {
        var h = int.Parse(hour, CultureInfo.InvariantCulture);
        return text.Contains(h.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            || text.Contains(":", StringComparison.Ordinal)
            || text.Contains("four", StringComparison.OrdinalIgnoreCase);
    }

    private static readonly string[] Zones = [" gmt", " utc", " pst", " est", " cet", " bst", " ist", " cst", " pdt", " edt", " mst"];

    private static bool MentionsZone(string text)
    {
        foreach (var z in Zones)
        {
            if (text.Contains(z, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] DayWords =
    [
        "today", "tomorrow", "yesterday", "tonight", "day", "week", "month", "year", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "/",
    ];

    private static bool MentionsDay(string text)
    {
        foreach (var w in DayWords)
        {
            if (text.Contains(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
