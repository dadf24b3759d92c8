namespace OnRecord.Extraction.Time;

/// <summary>Reads back TIMEX3 values the normaliser wrote, to carry dates from one expression to the next.</summary>
public static class TimexValues
{
    /// <summary>A value that names a single day (<c>2024-03-06</c>, <c>2024-03-06T10:00</c>).</summary>
    public static bool TryParseDay(string value, out DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(value);
        day = default;
        if (value.Length < 10 || value[4] != '-' || value[7] != '-' || (value.Length > 10 && value[10] != 'T'))
        {
            return false;
        }
        return int.TryParse(value.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y)
            && int.TryParse(value.AsSpan(5, 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var m)
            && int.TryParse(value.AsSpan(8, 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var d)
            && CalendarMath.IsValid(y, m, d)
            && (day = new DateOnly(y, m, d)) != default;
    }

    /// <summary>A value that starts with a four-digit year (<c>2023</c>, <c>2023-11</c>, <c>2023-Q3</c>).</summary>
    public static bool TryParseYear(string value, out int year)
    {
        ArgumentNullException.ThrowIfNull(value);
        year = 0;
        return value.Length >= 4 && (value.Length == 4 || value[4] == '-')
            && int.TryParse(value.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out year)
            && year >= 1;
    }

    /// <summary>A month (<c>2023-11</c>) or quarter (<c>2023-Q3</c>): its first day and its granularity.</summary>
    public static bool TryParsePeriod(string value, out DateOnly start, out TimeUnit granularity)
    {
        ArgumentNullException.ThrowIfNull(value);
        start = default;
        granularity = TimeUnit.None;
        if (value.Length != 7 || value[4] != '-' || !TryParseYear(value, out var year))
        {
            return false;
        }
        if (value[5] == 'Q' && value[6] is >= '1' and <= '4')
        {
            start = new DateOnly(year, (value[6] - '1') * 3 + 1, 1);
            granularity = TimeUnit.Quarter;
            return true;
        }
        if (int.TryParse(value.AsSpan(5, 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
        {
            start = new DateOnly(year, month, 1);
            granularity = TimeUnit.Month;
            return true;
        }
        return false;
    }
}
