using System.Globalization;

namespace OnRecord.Extraction.Time;

/// <summary>Date arithmetic for normalisation: ISO weeks, shifting by calendar units, movable holidays.</summary>
internal static class CalendarMath
{
    /// <summary>ISO-8601 week-numbering year and week (weeks start on Monday; week 1 holds the first Thursday).</summary>
    public static (int Year, int Week) IsoWeek(DateOnly date)
    {
        var dt = date.ToDateTime(TimeOnly.MinValue);
        return (ISOWeek.GetYear(dt), ISOWeek.GetWeekOfYear(dt));
    }

    /// <summary>Monday 1 … Sunday 7.</summary>
    public static int IsoWeekday(DateOnly date) => date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek;

    public static int QuarterOf(int month) => (month - 1) / 3 + 1;

    /// <summary>Meteorological seasons: spring March–May, summer June–August, autumn September–November, winter December–February.</summary>
    public static int SeasonOf(int month) => month switch
    {
        >= 3 and <= 5 => 1,
        >= 6 and <= 8 => 2,
        >= 9 and <= 11 => 3,
        _ => 4,
    };

    /// <summary>Moves a date by <paramref name="n"/> units; coarse units clamp the day (31 March − 1 month = 29 February).</summary>
    public static DateOnly Add(DateOnly date, TimeUnit unit, int n)
    {
        const int MinYear = 2, MaxYear = 9998;
        int Clamp(int years) => Math.Clamp(years, MinYear - date.Year, MaxYear - date.Year);
        return unit switch
        {
            TimeUnit.Second or TimeUnit.Minute or TimeUnit.Hour => date,
            TimeUnit.Day => AddDays(date, n),
            TimeUnit.Week or TimeUnit.Weekend => AddDays(date, 7L * n),
            TimeUnit.Fortnight => AddDays(date, 14L * n),
            TimeUnit.Month => AddMonths(date, n),
            TimeUnit.Quarter => Add(date, TimeUnit.Month, 3 * n),
            TimeUnit.Half => Add(date, TimeUnit.Month, 6 * n),
            TimeUnit.Season => Add(date, TimeUnit.Month, 3 * n),
            TimeUnit.Year => date.AddYears(Clamp(n)),
            TimeUnit.Decade => date.AddYears(Clamp(10 * n)),
            TimeUnit.Century => date.AddYears(Clamp(100 * n)),
            TimeUnit.Millennium => date.AddYears(Clamp(1000 * n)),
            _ => date,
        };
    }

    private static DateOnly AddMonths(DateOnly date, long n)
    {
        var target = date.Year * 12L + date.Month - 1 + n;
        return target is > 12 * 2 and < 12 * 9998 ? date.AddMonths((int)n) : date;
    }

    private static DateOnly AddDays(DateOnly date, long days)
    {
        var target = date.DayNumber + days;
        return target is > 366 and < 3_652_000 ? DateOnly.FromDayNumber((int)target) : date;
    }

    /// <summary>The nearest date with the given ISO weekday: on or before <paramref name="anchor"/> (direction -1) or on or after it (+1); strict skips the anchor itself.</summary>
    public static DateOnly NearestWeekday(DateOnly anchor, int weekday, int direction, bool strict)
    {
        var delta = weekday - IsoWeekday(anchor);
        if (direction < 0)
        {
            if (delta > 0 || (strict && delta == 0))
            {
                delta -= 7;
            }
        }
        else if (delta < 0 || (strict && delta == 0))
        {
            delta += 7;
        }
        return anchor.AddDays(delta);
    }

    /// <summary>Western Easter Sunday (anonymous Gregorian algorithm).</summary>
    public static DateOnly Easter(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = (19 * a + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + 2 * e + 2 * i - h - k) % 7;
        var m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>The <paramref name="n"/>th given weekday of a month (US Thanksgiving is the 4th Thursday of November).</summary>
    public static DateOnly NthWeekday(int year, int month, int weekday, int n)
    {
        var first = new DateOnly(year, month, 1);
        var delta = (weekday - IsoWeekday(first) + 7) % 7;
        return first.AddDays(delta + 7 * (n - 1));
    }

    public static bool IsValid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
}
