using OnRecord.Core.Annotations;

namespace OnRecord.Extraction.Time;

/// <summary>
/// Resolves a <see cref="TimexMeaning"/> to a TIMEX3 value. Relative expressions count from the document date
/// (or from the last date mentioned, for anaphoric ones); a month or weekday without a year looks back or ahead
/// by the tense. Without a document date, values stay underspecified: <c>XXXX-03-06</c>, <c>XXXX-WXX-2</c>,
/// and <c>PAST_REF</c>/<c>PRESENT_REF</c>/<c>FUTURE_REF</c> for shifts such as "yesterday" or "next week".
/// </summary>
internal static class TimexNormalizer
{
    public static (TimexType Type, string Value) Normalize(TimexMeaning m, in TimexAnchor anchor)
    {
        if (m.Literal is not null)
        {
            return (m.Type, m.Literal);
        }
        if (m.Type == TimexType.DURATION)
        {
            return (m.Type, TimexValueFormat.Duration(m.Amount, m.DurationUnit));
        }
        var type = m.Minutes >= 0 || m.PartOfDay > 0 ? TimexType.TIME : m.Type;
        if (m.IsClockOnly)
        {
            var day = anchor.SentenceDay ?? anchor.DocumentDate;
            var time = TimexValueFormat.TimeOfDay(m.Minutes, 0);
            return (type, day is { } d ? TimexValueFormat.Date(d) + time : time);
        }
        var reference = anchor.DocumentDate;
        var referenceGrain = TimeUnit.Day;
        if (m.Anaphoric && anchor.LastDate is { } last && (anchor.LastGranularity <= Coarsest(m.ShiftUnit) || m.ReferenceGranularity))
        {
            reference = last;
            referenceGrain = anchor.LastGranularity;
        }
        var date = reference is { } r ? Anchored(m, r, Direction(m, anchor.Tense), referenceGrain, m.Direction == 0 && anchor.Tense == Tense.Present) : Unanchored(m);
        if (m.Minutes >= 0 || m.PartOfDay > 0)
        {
            if (date.StartsWith('P') || date.EndsWith("_REF", StringComparison.Ordinal))
            {
                return (type, date);
            }
            date += TimexValueFormat.TimeOfDay(m.Minutes, m.PartOfDay);
        }
        return (type, date);
    }

    private static TimeUnit Coarsest(TimeUnit unit) => unit == TimeUnit.None ? TimeUnit.Day : unit;

    /// <summary>-1 looks back, +1 ahead, 0 stays in the anchor's year (or, for weekdays, looks back: news reports what happened).</summary>
    private static int Direction(TimexMeaning m, Tense tense)
    {
        if (m.Direction != 0)
        {
            return m.Direction;
        }
        return tense switch
        {
            Tense.Past => -1,
            Tense.Future or Tense.Present => 1,
            _ => 0,
        };
    }

    private static string Anchored(TimexMeaning m, DateOnly anchor, int direction, TimeUnit referenceGrain, bool present)
    {
        if (m.IsShift)
        {
            if (m.Weekend && m.Shift == 0 && direction < 0 && CalendarMath.IsoWeekday(anchor) < 6)
            {
                // "the weekend" told in the past on a weekday is the one just gone.
                anchor = anchor.AddDays(-7);
            }
            return Shifted(m, anchor, referenceGrain);
        }
        if (m.Weekday > 0 && m.Month == 0)
        {
            var dir = direction == 0 ? 1 : direction;
            if (m.Day > 0)
            {
                return TimexValueFormat.Date(WeekdayOnDay(anchor, m.Weekday, m.Day, dir));
            }
            return TimexValueFormat.Date(CalendarMath.NearestWeekday(anchor, m.Weekday, dir, m.StrictDirection));
        }
        if (m.Weekday > 0 && m.Day > 0 && m.Year == 0)
        {
            // "Friday, July 18": the year in which that day is a Friday, nearest the anchor.
            foreach (var y in (ReadOnlySpan<int>)[anchor.Year, anchor.Year + (direction < 0 ? -1 : 1), anchor.Year - (direction < 0 ? -1 : 1)])
            {
                if (CalendarMath.IsValid(y, m.Month, m.Day) && CalendarMath.IsoWeekday(new DateOnly(y, m.Month, m.Day)) == m.Weekday)
                {
                    return TimexValueFormat.Date(y, m.Month, m.Day);
                }
            }
        }
        if (m.Day > 0 && m.Month == 0 && m.Year == 0)
        {
            // "on the 15th": this month's, or the month before or after when the tense points there.
            var month = new DateOnly(anchor.Year, anchor.Month, 1);
            if (direction < 0 && m.Day > anchor.Day)
            {
                month = month.AddMonths(-1);
            }
            else if (direction > 0 && m.Day < anchor.Day)
            {
                month = month.AddMonths(1);
            }
            return CalendarMath.IsValid(month.Year, month.Month, m.Day) ? TimexValueFormat.Date(month.Year, month.Month, m.Day) : TimexValueFormat.Month(month.Year, month.Month);
        }
        if (m.Decade > 0)
        {
            return TimexValueFormat.Decade(m.Decade);
        }
        if (m.Century > 0)
        {
            return TimexValueFormat.Century(m.Century);
        }
        if (m.Holiday != 0)
        {
            var year = m.Year > 0 ? m.Year : ChooseYear(anchor, direction, m.StrictDirection, y => Holiday(m.Holiday, y));
            return TimexValueFormat.Date(Holiday(m.Holiday, year));
        }
        var y0 = m.Year;
        if (y0 == 0)
        {
            y0 = m switch
            {
                { Month: > 0 } => ChooseYear(anchor, direction, m.StrictDirection, y => new DateOnly(y, m.Month, m.Day > 0 ? Math.Min(m.Day, DateTime.DaysInMonth(y, m.Month)) : 1), m.Day == 0 ? TimeUnit.Month : TimeUnit.Day),
                { Season: > 0 } => ChooseYear(anchor, direction, m.StrictDirection, y => new DateOnly(y, SeasonStart(m.Season), 1), TimeUnit.Season),
                { Quarter: > 0 } => ChooseYear(anchor, direction, m.StrictDirection, y => new DateOnly(y, (m.Quarter - 1) * 3 + 1, 1), TimeUnit.Quarter),
                { Half: > 0 } => ChooseYear(anchor, direction, m.StrictDirection, y => new DateOnly(y, (m.Half - 1) * 6 + 1, 1), TimeUnit.Half),
                _ => anchor.Year,
            };
            if (present && m.Month > 0 && y0 > 1 && y0 > anchor.Year - 1 && JustGone(anchor, y0 - 1, m.Month, m.Day))
            {
                y0--;
            }
        }
        return Calendar(m, y0);
    }

    private static string Calendar(TimexMeaning m, int year)
    {
        if (m.Nth != 0 && year is >= 1 and <= 9998 && NthOfPeriod.Value(m, year, m.Month) is { } nth)
        {
            return nth;
        }
        if (m.WeekOfDay && year is >= 1 and <= 9998 && CalendarMath.IsValid(year, m.Month, m.Day))
        {
            var (isoYear, week) = CalendarMath.IsoWeek(new DateOnly(year, m.Month, m.Day));
            return TimexValueFormat.Week(isoYear, week);
        }
        if (m.Month > 0)
        {
            return m.Day > 0 ? TimexValueFormat.Date(year, m.Month, m.Day) : TimexValueFormat.Month(year, m.Month);
        }
        if (m.Quarter > 0)
        {
            return TimexValueFormat.Quarter(year, m.Quarter);
        }
        if (m.Half > 0)
        {
            return TimexValueFormat.Half(year, m.Half);
        }
        if (m.Season > 0)
        {
            return TimexValueFormat.Season(year, m.Season);
        }
        return TimexValueFormat.YearOrUnknown(year);
    }

    /// <summary>"last week", "three years ago", "the third quarter of this year", "Tuesday of next week", "this weekend", "last night".</summary>
    private static string Shifted(TimexMeaning m, DateOnly anchor, TimeUnit referenceGrain)
    {
        var unit = m.ShiftUnit;
        var date = CalendarMath.Add(anchor, unit, m.Shift);
        if (m.ReferenceGranularity)
        {
            if (referenceGrain == TimeUnit.Day)
            {
                return TimexValueFormat.Date(date);
            }
            unit = referenceGrain;
        }
        if (m.Nth != 0)
        {
            return NthOfPeriod.Value(m, date.Year, unit == TimeUnit.Month ? date.Month : 0) ?? Calendar(m, date.Year);
        }
        if (m.Weekday > 0)
        {
            var monday = date.AddDays(1 - CalendarMath.IsoWeekday(date));
            return TimexValueFormat.Date(monday.AddDays(m.Weekday - 1));
        }
        if (m.Quarter > 0 || m.Half > 0 || m.Month > 0 || m.Season > 0)
        {
            return Calendar(m, date.Year);
        }
        switch (unit)
        {
            case TimeUnit.Day:
                return TimexValueFormat.Date(date);
            case TimeUnit.Week or TimeUnit.Weekend:
            {
                var (isoYear, week) = CalendarMath.IsoWeek(date);
                return TimexValueFormat.Week(isoYear, week) + (m.Weekend ? "-WE" : "");
            }
            case TimeUnit.Month:
                return TimexValueFormat.Month(date.Year, date.Month);
            case TimeUnit.Quarter:
                return TimexValueFormat.Quarter(date.Year, CalendarMath.QuarterOf(date.Month));
            case TimeUnit.Half:
                return TimexValueFormat.Half(date.Year, date.Month <= 6 ? 1 : 2);
            case TimeUnit.Season:
                return TimexValueFormat.Season(date.Year, CalendarMath.SeasonOf(date.Month));
            case TimeUnit.Decade:
                return TimexValueFormat.Decade(date.Year / 10);
            case TimeUnit.Century:
                return TimexValueFormat.Century(date.Year / 100);
            case TimeUnit.Millennium:
                return (date.Year / 1000).ToString(System.Globalization.CultureInfo.InvariantCulture);
            default:
                return TimexValueFormat.Year(date.Year);
        }
    }

    /// <summary>"Tuesday the 19th": the nearest month, looking in <paramref name="direction"/>, whose 19th is a Tuesday.</summary>
    private static DateOnly WeekdayOnDay(DateOnly anchor, int weekday, int day, int direction)
    {
        var month = new DateOnly(anchor.Year, anchor.Month, 1);
        for (var i = 0; i < 24; i++)
        {
            var candidate = month.AddMonths(direction < 0 ? -i : i);
            if (day <= DateTime.DaysInMonth(candidate.Year, candidate.Month))
            {
                var date = new DateOnly(candidate.Year, candidate.Month, day);
                if (CalendarMath.IsoWeekday(date) == weekday)
                {
                    return date;
                }
            }
        }
        return CalendarMath.NearestWeekday(anchor, weekday, direction, false);
    }

    /// <summary>
    /// The year of an occurrence given without one: the anchor's year, or the one before/after when the tense
    /// looks back/ahead and the anchor's occurrence lies on the wrong side. Strict ("last March") excludes the anchor's own period.
    /// </summary>
    private static int ChooseYear(DateOnly anchor, int direction, bool strict, Func<int, DateOnly> occurrence, TimeUnit grain = TimeUnit.Day)
    {
        var year = anchor.Year;
        if (direction == 0 || year is < 2 or > 9998)
        {
            return year;
        }
        var candidate = Period(occurrence(year), grain);
        var here = Period(anchor, grain);
        if (direction < 0 && (candidate > here || (strict && candidate == here)))
        {
            return year - 1;
        }
        if (direction > 0 && (candidate < here || (strict && candidate == here)))
        {
            return year + 1;
        }
        return year;
    }

    /// <summary>
    /// The present tense reads as scheduled ("Talks resume on April 2"), but a month or date of the last few weeks
    /// ("the court's ruling on July 8 requires", "the report covers February") is the one just gone, not the one eleven months on.
    /// </summary>
    private static bool JustGone(DateOnly anchor, int year, int month, int day)
    {
        if (year > anchor.Year || year < 1)
        {
            return false;
        }
        if (day == 0)
        {
            // Only last month: "the report covers February" in March; "in November" told in March still looks ahead.
            var previous = new DateOnly(anchor.Year, anchor.Month, 1).AddMonths(-1);
            return previous.Year == year && previous.Month == month;
        }
        var back = anchor.DayNumber - new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month))).DayNumber;
        return back is > 0 and <= 45;
    }

    /// <summary>A sortable index of the period holding a date at a granularity (months, quarters…).</summary>
    private static int Period(DateOnly d, TimeUnit grain) => grain switch
    {
        TimeUnit.Month => d.Month,
        TimeUnit.Quarter => CalendarMath.QuarterOf(d.Month),
        TimeUnit.Half => d.Month <= 6 ? 1 : 2,
        TimeUnit.Season => d.Month < 3 ? 0 : CalendarMath.SeasonOf(d.Month),
        _ => d.DayOfYear,
    };

    private static int SeasonStart(int season) => season switch { 1 => 3, 2 => 6, 3 => 9, _ => 12 };

    private static DateOnly Holiday(int code, int year) => Holidays.Date(code, year);

    private static string Unanchored(TimexMeaning m)
    {
        if (m.IsShift)
        {
            return m.Shift switch { < 0 => "PAST_REF", > 0 => "FUTURE_REF", _ => "PRESENT_REF" };
        }
        if (m.Weekday > 0 && m.Month == 0)
        {
            return "XXXX-WXX-" + m.Weekday.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        if (m.Day > 0 && m.Month == 0 && m.Year == 0)
        {
            return "XXXX-XX-" + m.Day.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
        }
        if (m.Decade > 0)
        {
            return TimexValueFormat.Decade(m.Decade);
        }
        if (m.Century > 0)
        {
            return TimexValueFormat.Century(m.Century);
        }
        if (m.Holiday > 0)
        {
            return m.Year > 0 ? TimexValueFormat.Date(m.Year, m.Holiday / 100, m.Holiday % 100) : TimexValueFormat.Date(0, m.Holiday / 100, m.Holiday % 100);
        }
        if (m.Holiday < 0)
        {
            return m.Year > 0 ? TimexValueFormat.Date(Holiday(m.Holiday, m.Year)) : "XXXX-XX-XX";
        }
        return Calendar(m, m.Year);
    }
}
