namespace OnRecord.Extraction.Time;

/// <summary>Calendar and clock units, ordered from finest to coarsest.</summary>
public enum TimeUnit : byte
{
    None,
    Second,
    Minute,
    Hour,
    Day,
    Weekend,
    Week,
    Fortnight,
    Month,
    Quarter,
    Half,
    Season,
    Year,
    Decade,
    Century,
    Millennium,
}

internal static class TimeUnits
{
    public static bool IsClock(this TimeUnit unit) => unit is TimeUnit.Second or TimeUnit.Minute or TimeUnit.Hour;

    /// <summary>The TIMEX3 duration designator (<c>P3W</c>, <c>PT2H</c>, <c>P1DE</c>), after scaling fortnights to weeks.</summary>
    public static string DurationLetter(this TimeUnit unit) => unit switch
    {
        TimeUnit.Second => "S",
        TimeUnit.Minute => "M",
        TimeUnit.Hour => "H",
        TimeUnit.Day => "D",
        TimeUnit.Weekend => "WE",
        TimeUnit.Week or TimeUnit.Fortnight => "W",
        TimeUnit.Month => "M",
        TimeUnit.Quarter => "Q",
        TimeUnit.Half => "H",
        TimeUnit.Season => "S",
        TimeUnit.Year => "Y",
        TimeUnit.Decade => "DE",
        TimeUnit.Century => "CE",
        TimeUnit.Millennium => "ML",
        _ => "X",
    };
}
