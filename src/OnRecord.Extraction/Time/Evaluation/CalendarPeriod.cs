using System.Globalization;

namespace OnRecord.Extraction.Time.Evaluation;

/// <summary>
/// Maps a date interval [start, end) to the TIMEX3 value of the calendar period it covers, when it covers
/// exactly one: a year (<c>2023</c>), month, ISO week, weekend, quarter, half, decade (<c>199</c>) or century.
/// Source suites write "the 1990s" as <c>(1990-01-01,2000-01-01,P10Y)</c>; TIMEX3 writes <c>199</c>.
/// </summary>
public static class CalendarPeriod
{
    public static string? FromInterval(string start, string end)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(end);
        var unknownYear = start.StartsWith("XXXX", StringComparison.Ordinal) && end.StartsWith("XXXX", StringComparison.Ordinal);
        if (unknownYear)
        {
            // Month or quarter of an unknown year: parse with a stand-in leap year, write XXXX back.
            var s = TryDate("2000" + start[4..]);
            var e = TryDate((end.Length >= 10 && end[5..7] == "01" && start[5..7] != "01" ? "2001" : "2000") + end[4..]);
            var value = s is { } sd && e is { } ed ? FromDates(sd, ed) : null;
            return value is not null && value.StartsWith("2000-", StringComparison.Ordinal) && !value.Contains('W', StringComparison.Ordinal) ? "XXXX" + value[4..] : null;
        }
        return TryDate(start) is { } a && TryDate(end) is { } b ? FromDates(a, b) : null;
    }

    public static string? FromDates(DateOnly start, DateOnly end)
    {
        if (end <= start)
        {
            return null;
        }
        if (start.Day == 1 && start.Month == 1 && end == start.AddYears(1))
        {
            return TimexValueFormat.Year(start.Year);
        }
        if (start.Day == 1 && end == start.AddMonths(1))
        {
            return TimexValueFormat.Month(start.Year, start.Month);
        }
        if (start.Day == 1 && (start.Month - 1) % 3 == 0 && end == start.AddMonths(3))
        {
            return TimexValueFormat.Quarter(start.Year, CalendarMath.QuarterOf(start.Month));
        }
        if (start.Day == 1 && (start.Month is 1 or 7) && end == start.AddMonths(6))
        {
            return TimexValueFormat.Half(start.Year, start.Month == 1 ? 1 : 2);
        }
        if (start.Day == 1 && start.Month == 1 && start.Year % 10 == 0 && end == start.AddYears(10))
        {
            return TimexValueFormat.Decade(start.Year / 10);
        }
        if (start.Day == 1 && start.Month == 1 && start.Year % 100 == 0 && end == start.AddYears(100))
        {
            return TimexValueFormat.Century(start.Year / 100);
        }
        if (CalendarMath.IsoWeekday(start) == 1 && end == start.AddDays(7))
        {
            var (y, w) = CalendarMath.IsoWeek(start);
            return TimexValueFormat.Week(y, w);
        }
        if (CalendarMath.IsoWeekday(start) is 5 or 6 && CalendarMath.IsoWeekday(end) == 1 && end.DayNumber - start.DayNumber <= 3)
        {
            var (y, w) = CalendarMath.IsoWeek(start);
            return TimexValueFormat.Week(y, w) + "-WE";
        }
        if (end == start.AddDays(1))
        {
            return TimexValueFormat.Date(start);
        }
        return null;
    }

    private static DateOnly? TryDate(string s)
    {
        var core = s.Length >= 10 ? s[..10] : s;
        return DateOnly.TryParseExact(core, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }
}
