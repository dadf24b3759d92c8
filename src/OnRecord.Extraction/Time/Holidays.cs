namespace OnRecord.Extraction.Time;

/// <summary>
/// Named days: fixed ones as a month-day code (1225), movable ones as negative codes resolved by <see cref="Date"/>.
/// Phrases are matched word by word (lowercase; the tokenizer splits "'s").
/// </summary>
internal static class Holidays
{
    public const int Easter = -1;
    public const int Thanksgiving = -2;
    public const int EasterMonday = -3;

    public static readonly (string[] Words, int Code)[] Phrases =
    [
        (["new", "year", "'s", "day"], 101), (["new", "year", "’s", "day"], 101), (["new", "year", "'s", "eve"], 1231),
        (["new", "year", "’s", "eve"], 1231), (["new", "years", "day"], 101), (["new", "years", "eve"], 1231),
        (["christmas", "eve"], 1224), (["christmas", "day"], 1225), (["christmas"], 1225), (["xmas"], 1225), (["boxing", "day"], 1226),
        (["valentine", "'s", "day"], 214), (["valentine", "’s", "day"], 214), (["valentines", "day"], 214), (["valentine", "day"], 214),
        (["st", "patrick", "'s", "day"], 317), (["st.", "patrick", "'s", "day"], 317), (["saint", "patrick", "'s", "day"], 317),
        (["st", "patrick", "’s", "day"], 317), (["st.", "patrick", "’s", "day"], 317), (["halloween"], 1031),
        (["easter", "sunday"], Easter), (["easter", "monday"], EasterMonday), (["easter"], Easter), (["good", "friday"], -4),
        (["pentecost"], -5), (["whit", "sunday"], -5), (["mardi", "gras"], -6), (["shrove", "tuesday"], -6), (["ash", "wednesday"], -14),
        (["palm", "sunday"], -15), (["thanksgiving", "day"], Thanksgiving), (["thanksgiving"], Thanksgiving), (["black", "friday"], -16),
        (["martin", "luther", "king", "day"], -7), (["martin", "luther", "king", "jr.", "day"], -7), (["mlk", "day"], -7),
        (["memorial", "day"], -8), (["labor", "day"], -9), (["presidents", "day"], -10), (["presidents", "'", "day"], -10),
        (["mother", "'s", "day"], -12), (["father", "'s", "day"], -13), (["mother", "’s", "day"], -12), (["father", "’s", "day"], -13),
    ];

    /// <summary>First words of the phrases, for the lexicon.</summary>
    public static IEnumerable<string> FirstWords()
    {
        foreach (var (words, _) in Phrases)
        {
            yield return words[0];
        }
    }

    public static DateOnly Date(int code, int year)
    {
        if (code > 0)
        {
            return new DateOnly(year, code / 100, Math.Min(code % 100, DateTime.DaysInMonth(year, code / 100)));
        }
        var easter = CalendarMath.Easter(year);
        return code switch
        {
            Easter => easter,
            EasterMonday => easter.AddDays(1),
            -4 => easter.AddDays(-2),
            -5 => easter.AddDays(49),
            -6 => easter.AddDays(-47),
            -14 => easter.AddDays(-46),
            -15 => easter.AddDays(-7),
            Thanksgiving => CalendarMath.NthWeekday(year, 11, 4, 4),
            -16 => CalendarMath.NthWeekday(year, 11, 4, 4).AddDays(1),
            -7 => CalendarMath.NthWeekday(year, 1, 1, 3),
            -8 => CalendarMath.NthWeekday(year, 6, 1, 1).AddDays(-7),
            -9 => CalendarMath.NthWeekday(year, 9, 1, 1),
            -10 => CalendarMath.NthWeekday(year, 2, 1, 3),
            -12 => CalendarMath.NthWeekday(year, 5, 7, 2),
            -13 => CalendarMath.NthWeekday(year, 6, 7, 3),
            _ => easter,
        };
    }
}
