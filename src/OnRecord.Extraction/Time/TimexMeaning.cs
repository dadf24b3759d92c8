using OnRecord.Core.Annotations;

namespace OnRecord.Extraction.Time;

/// <summary>
/// What a recognised time expression says before it is anchored: the grammar fills the fields the text gives,
/// <see cref="TimexNormalizer"/> resolves them against the document date and the sentence's tense.
/// Calendar fields are 0 when the text does not give them.
/// </summary>
internal sealed class TimexMeaning
{
    public TimexType Type { get; set; } = TimexType.DATE;

    public TimexMod Mod { get; set; }

    /// <summary>A value that needs no anchor (<c>PRESENT_REF</c>, <c>P1Y</c> of "annually", <c>XXXX-WXX-1</c>).</summary>
    public string? Literal { get; set; }

    /// <summary>Amount of a duration; null for a vague one ("several years" → <c>PXY</c>).</summary>
    public decimal? Amount { get; set; }

    public TimeUnit DurationUnit { get; set; }

    public int Year { get; set; }

    public int Month { get; set; }

    public int Day { get; set; }

    public int Quarter { get; set; }

    public int Half { get; set; }

    public int Season { get; set; }

    /// <summary>Three-digit decade (199 for the 1990s).</summary>
    public int Decade { get; set; }

    /// <summary>Two-digit century (19 for the 20th century).</summary>
    public int Century { get; set; }

    public int Weekday { get; set; }

    public bool Weekend { get; set; }

    public int PartOfDay { get; set; }

    /// <summary>Clock time in minutes after midnight, -1 when none.</summary>
    public int Minutes { get; set; } = -1;

    /// <summary>The clock time says a.m. or p.m. (or is on the 24-hour clock), so a part of day must not move it.</summary>
    public bool ExplicitMeridiem { get; set; }

    /// <summary>A day-level date (a day, a weekday, "today") that a clock time can attach to.</summary>
    public bool IsDay => Literal is null && Type != TimexType.DURATION && Minutes < 0 && !WeekOfDay
        && (Day > 0 || Weekday > 0 || Holiday != 0 || (IsShift && ShiftUnit == TimeUnit.Day));

    /// <summary>A clock time with no day of its own ("10 a.m.", "1400 GMT"), which takes the day the sentence talks about.</summary>
    public bool IsClockOnly => Literal is null && Minutes >= 0 && !IsShift && Year == 0 && Month == 0 && Weekday == 0 && Day == 0 && Holiday == 0;

    /// <summary>Month or day relative to a holiday: Easter (-1), US Thanksgiving (-2), or a fixed MMDD.</summary>
    public int Holiday { get; set; }

    /// <summary>"overnight": tonight when told ahead, the night just gone when told in the past.</summary>
    public bool Overnight { get; set; }

    /// <summary>A shift from the anchor by <see cref="Shift"/> × <see cref="ShiftUnit"/> ("last week", "three years ago", "today").</summary>
    public TimeUnit ShiftUnit { get; set; }

    public int Shift { get; set; }

    /// <summary>
    /// The value takes the granularity of what it counts from, not of the shift: "a year ago" is a day when counted
    /// from the document date, a year after "in fiscal 2023" (HeidelTime's reference-unit reading).
    /// </summary>
    public bool ReferenceGranularity { get; set; }

    /// <summary>-1 the nearest past occurrence, +1 the nearest future one, 0 from the sentence's tense.</summary>
    public int Direction { get; set; }

    /// <summary>"last Tuesday", "next March": the occurrence must differ from the anchor's.</summary>
    public bool StrictDirection { get; set; }

    /// <summary>Anchored on the last date the text mentioned ("that day", "two days later"), not the document date.</summary>
    public bool Anaphoric { get; set; }

    public bool IsShift => ShiftUnit != TimeUnit.None;

    /// <summary>Which week, day or weekday (<see cref="Weekday"/>) of the month or year: 1–5, or -1 for the last ("the first week of 2019").</summary>
    public int Nth { get; set; }

    /// <summary><see cref="TimeUnit.Week"/> or <see cref="TimeUnit.Day"/> (a weekday when <see cref="Weekday"/> is set) for <see cref="Nth"/>.</summary>
    public TimeUnit NthUnit { get; set; }

    /// <summary>"the week of March 4": the ISO week holding the date.</summary>
    public bool WeekOfDay { get; set; }
}
