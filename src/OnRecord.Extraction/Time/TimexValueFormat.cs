using System.Globalization;

namespace OnRecord.Extraction.Time;

/// <summary>Writes TIMEX3 values: <c>2024-03-06</c>, <c>2024-W10</c>, <c>2023-Q3</c>, <c>199</c>, <c>P3W</c>, <c>T10:30</c>.</summary>
internal static class TimexValueFormat
{
    public static string Year(int year) => year < 0 ? "BC" + (-year).ToString("D4", CultureInfo.InvariantCulture) : year.ToString("D4", CultureInfo.InvariantCulture);

    public static string YearOrUnknown(int year) => year == 0 ? "XXXX" : Year(year);

    public static string Month(int year, int month) => YearOrUnknown(year) + "-" + Two(month);

    public static string Date(int year, int month, int day) => YearOrUnknown(year) + "-" + Two(month) + "-" + Two(day);

    public static string Date(DateOnly date) => Date(date.Year, date.Month, date.Day);

    public static string Week(int isoYear, int week) => Year(isoYear) + "-W" + Two(week);

    public static string Quarter(int year, int quarter) => YearOrUnknown(year) + "-Q" + quarter.ToString(CultureInfo.InvariantCulture);

    public static string Half(int year, int half) => YearOrUnknown(year) + "-H" + half.ToString(CultureInfo.InvariantCulture);

    public static string Season(int year, int season) => YearOrUnknown(year) + "-" + TimeLexicon.SeasonCodes[season];

    public static string Decade(int decade) => decade.ToString("D3", CultureInfo.InvariantCulture);

    public static string Century(int century) => century.ToString("D2", CultureInfo.InvariantCulture);

    /// <summary>"T10:30", "T24:00", or a part of day ("TMO").</summary>
    public static string TimeOfDay(int minutes, int partOfDay) => minutes >= 0
        ? "T" + Two(minutes / 60) + ":" + Two(minutes % 60)
        : "T" + TimeLexicon.PartOfDayCodes[partOfDay];

    /// <summary>"P3W", "PT2H", "P1.5Y", "PXY"; fortnights become weeks.</summary>
    public static string Duration(decimal? amount, TimeUnit unit)
    {
        if (unit == TimeUnit.Fortnight)
        {
            (amount, unit) = (amount * 2, TimeUnit.Week);
        }
        var number = amount is { } a ? a.ToString("0.##", CultureInfo.InvariantCulture) : "X";
        return (unit.IsClock() ? "PT" : "P") + number + unit.DurationLetter();
    }

    private static string Two(int n) => n.ToString("D2", CultureInfo.InvariantCulture);
}
