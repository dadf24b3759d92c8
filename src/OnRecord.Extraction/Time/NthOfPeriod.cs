namespace OnRecord.Extraction.Time;

/// <summary>
/// Values of counted parts of a month or year. Weeks of a month are the whole Monday-to-Sunday weeks inside it;
/// weeks of a year are ISO weeks.
/// </summary>
internal static class NthOfPeriod
{
    /// <summary>The value for <see cref="TimexMeaning.Nth"/> in <paramref name="year"/> (and <paramref name="month"/>, 0 for the whole year), or null.</summary>
    public static string? Value(TimexMeaning m, int year, int month)
    {
        if (m.Weekday > 0)
        {
            return month == 0 ? null : TimexValueFormat.Date(Weekday(year, month, m.Weekday, m.Nth));
        }
        var first = new DateOnly(year, month == 0 ? 1 : month, 1);
        var last = month == 0 ? new DateOnly(year, 12, 31) : first.AddMonths(1).AddDays(-1);
        if (m.NthUnit == TimeUnit.Day)
        {
            var day = m.Nth > 0 ? first.AddDays(m.Nth - 1) : last;
            return day <= last ? TimexValueFormat.Date(day) : null;
        }
        DateOnly monday;
        if (month == 0)
        {
            // ISO week 1 holds the year's first Thursday; the last ISO week holds 28 December.
            var (_, lastWeek) = CalendarMath.IsoWeek(new DateOnly(year, 12, 28));
            var week = m.Nth > 0 ? m.Nth : lastWeek;
            return TimexValueFormat.Week(year, week);
        }
        if (m.Nth > 0)
        {
            monday = first.AddDays((8 - CalendarMath.IsoWeekday(first)) % 7).AddDays(7 * (m.Nth - 1));
        }
        else
        {
            var sunday = last.AddDays(-(CalendarMath.IsoWeekday(last) % 7));
            monday = sunday.AddDays(-6);
        }
        if (monday.AddDays(6) > last)
        {
            return null;
        }
        var (isoYear, isoWeek) = CalendarMath.IsoWeek(monday);
        return TimexValueFormat.Week(isoYear, isoWeek);
    }

    private static DateOnly Weekday(int year, int month, int weekday, int nth)
    {
        if (nth > 0)
        {
            var date = CalendarMath.NthWeekday(year, month, weekday, nth);
            return date.Month == month ? date : CalendarMath.NthWeekday(year, month, weekday, nth - 1);
        }
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-((CalendarMath.IsoWeekday(last) - weekday + 7) % 7));
    }
}
