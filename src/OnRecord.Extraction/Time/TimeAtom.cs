namespace OnRecord.Extraction.Time;

/// <summary>What one token can contribute to a time expression.</summary>
internal enum AtomKind : byte
{
    None,
    Number,
    Ordinal,
    Year,
    Month,
    Weekday,
    Unit,
    Season,
    PartOfDay,
    DayWord,
    RefWord,
    Relative,
    PartWord,
    Approx,
    Every,
    SetAdverb,
    Ago,
    Shift,
    Clock,
    Meridiem,
    IsoDate,
    Decade,
    QuarterCode,
    HalfCode,
    FiscalYear,
    Fiscal,
    Zone,
    Holiday,
    Article,
    Determiner,
    Of,
    And,
    Comma,
    Hyphen,
    Slash,
    Than,
    Comparative,
    Times,
    Past,
    Future,
    Present,
    Moment,
    Century,
    Local,
    OClock,
    Half,
    Quarter,
    Per,
    Age,
    Currency,
    MeasureWord,
    Time,
}

[Flags]
internal enum AtomFlags : byte
{
    None = 0,
    Plural = 1,
    Capitalized = 2,

    /// <summary>A word that is a time word only in context ("May", "march", "second").</summary>
    Ambiguous = 4,

    /// <summary>Written with digits.</summary>
    Digits = 8,

    /// <summary>Part of a hyphenated compound ("two-year", "mid-March").</summary>
    Hyphenated = 16,
}

/// <summary>A token classified for the time grammar; <see cref="Value"/> depends on the kind (month number, unit, number…).</summary>
internal readonly record struct TimeAtom(AtomKind Kind, int Value, AtomFlags Flags = AtomFlags.None, TimexMod Mod = TimexMod.None, int Extra = 0)
{
    public bool Is(AtomKind kind) => Kind == kind;

    public bool Has(AtomFlags flag) => (Flags & flag) != 0;

    public TimeUnit Unit => (TimeUnit)Value;
}
