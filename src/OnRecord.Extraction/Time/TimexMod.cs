namespace OnRecord.Extraction.Time;

/// <summary>TIMEX3 <c>mod</c> values.</summary>
public enum TimexMod : byte
{
    None,
    Before,
    After,
    OnOrBefore,
    OnOrAfter,
    LessThan,
    MoreThan,
    EqualOrLess,
    EqualOrMore,
    Start,
    Mid,
    End,
    Approx,
}

public static class TimexMods
{
    /// <summary>The TIMEX3 spelling (<c>MORE_THAN</c>), or null for none.</summary>
    public static string? Name(this TimexMod mod) => mod switch
    {
        TimexMod.Before => "BEFORE",
        TimexMod.After => "AFTER",
        TimexMod.OnOrBefore => "ON_OR_BEFORE",
        TimexMod.OnOrAfter => "ON_OR_AFTER",
        TimexMod.LessThan => "LESS_THAN",
        TimexMod.MoreThan => "MORE_THAN",
        TimexMod.EqualOrLess => "EQUAL_OR_LESS",
        TimexMod.EqualOrMore => "EQUAL_OR_MORE",
        TimexMod.Start => "START",
        TimexMod.Mid => "MID",
        TimexMod.End => "END",
        TimexMod.Approx => "APPROX",
        _ => null,
    };
}
