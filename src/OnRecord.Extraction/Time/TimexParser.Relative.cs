using OnRecord.Core.Annotations;

namespace OnRecord.Extraction.Time;

/// <summary>
/// Dates relative to the document date or to the last date mentioned: "yesterday", "last week", "next Tuesday",
/// "this summer", "earlier this year", "the year", "that day", "the following week", "now", "recently", "the future".
/// </summary>
internal ref partial struct TimexParser
{
    private int RelativeDate(int p, out TimexMeaning? m)
    {
        m = null;
        var a = At(p);
        switch (a.Kind)
        {
            case AtomKind.DayWord:
                return DayWord(p, out m);
            case AtomKind.RefWord:
                return ReferenceWord(p, out m);
            case AtomKind.Relative:
                return RelativeUnit(p, p, out m);
            case AtomKind.Shift when Word(p + 1, "this") || Word(p + 1, "next") || Word(p + 1, "last"):
                // "earlier this year", "later this month": the period itself.
                return RelativeUnit(p, p + 1, out m);
            case AtomKind.Article when a.Value == 0:
                return TheRelative(p, out m);
            case AtomKind.Determiner:
                return DeterminerUnit(p, out m);
            case AtomKind.Future or AtomKind.Present when Word(p - 1, "in") || Word(p - 1, "at"):
                // "in future" (British), "at present"
                m = new TimexMeaning { Literal = a.Kind == AtomKind.Future ? "FUTURE_REF" : "PRESENT_REF" };
                return p + 1;
            default:
                return -1;
        }
    }

    /// <summary>"today", "yesterday morning", "tonight", "tomorrow afternoon".</summary>
    private int DayWord(int p, out TimexMeaning? m)
    {
        var a = At(p);
        m = null;
        if (Word(p, "overnight") && (IsThe(p - 1) || IsA(p - 1) || IsCompoundNoun(p + 1) || Kind(p + 1) == AtomKind.Hyphen))
        {
            // "the overnight rate", "an overnight stay", "overnight trading": an adjective, not a time.
            return -1;
        }
        m = new TimexMeaning { ShiftUnit = TimeUnit.Day, Shift = a.Value, Overnight = Word(p, "overnight") };
        if (a.Has(AtomFlags.Plural))
        {
            m.PartOfDay = 4;
            m.Type = TimexType.TIME;
            return p + 1;
        }
        if (At(p + 1) is { Kind: AtomKind.PartOfDay } pod && !pod.Has(AtomFlags.Plural))
        {
            m.PartOfDay = pod.Value;
            m.Type = TimexType.TIME;
            return p + 2;
        }
        return p + 1;
    }

    /// <summary>"now", "currently", "recently", "soon" (not "as soon as").</summary>
    private int ReferenceWord(int p, out TimexMeaning? m)
    {
        m = null;
        var a = At(p);
        if (Word(p, "soon") && (Word(p - 1, "as") || Word(p + 1, "as") || Word(p + 1, "after")))
        {
            return -1;
        }
        if (Word(p, "now") && (Word(p + 1, "that") || Kind(p + 1) == AtomKind.Hyphen))
        {
            return -1;
        }
        m = new TimexMeaning { Literal = a.Value switch { < 0 => "PAST_REF", > 0 => "FUTURE_REF", _ => "PRESENT_REF" } };
        return p + 1;
    }

    /// <summary>
    /// "last week", "this year", "next Tuesday", "last March", "this summer", "this morning", "last night",
    /// "the following day", "this past weekend". <paramref name="p"/> is where the span starts, <paramref name="r"/> the relative word.
    /// </summary>
    private int RelativeUnit(int p, int r, out TimexMeaning? m)
    {
        m = null;
        var rel = At(r);
        if (rel.Kind != AtomKind.Relative || (rel.Has(AtomFlags.Ambiguous) && !IsThe(r - 1)))
        {
            return -1;
        }
        var shift = rel.Value;
        var q = r + 1;
        if (Word(r, "this") && Kind(q) == AtomKind.Past)
        {
            // "this past weekend"
            shift = -1;
            q++;
        }
        var target = At(q);
        var anaphoric = rel.Has(AtomFlags.Ambiguous) || ((Word(r, "following") || Word(r, "previous") || Word(r, "preceding") || Word(r, "prior")) && IsThe(r - 1));
        switch (target.Kind)
        {
            case AtomKind.Unit when !target.Has(AtomFlags.Plural):
            {
                var unit = target.Unit;
                if (unit.IsClock() || Kind(q + 1) == AtomKind.Of && !(Word(r, "this") || Word(r, "last") || Word(r, "next")))
                {
                    return -1;
                }
                if (Kind(q + 1) == AtomKind.Hyphen && Word(q + 2, "old"))
                {
                    return -1;
                }
                if (IsThe(r - 1) && unit is not (TimeUnit.Day or TimeUnit.Quarter or TimeUnit.Weekend) && (Word(r, "last") || Word(r, "next") || Word(r, "coming")))
                {
                    // "the last year", "the coming month": a stretch of time, not a calendar period.
                    m = new TimexMeaning { Type = TimexType.DURATION, Amount = 1, DurationUnit = unit };
                    return q + 1;
                }
                m = new TimexMeaning { ShiftUnit = unit == TimeUnit.Fortnight ? TimeUnit.Week : unit, Shift = shift, Anaphoric = anaphoric };
                if (unit == TimeUnit.Weekend)
                {
                    m.ShiftUnit = TimeUnit.Week;
                    m.Weekend = true;
                }
                if (unit == TimeUnit.Week)
                {
                    // "next week Wednesday", "this week on Monday"
                    var w = Word(q + 1, "on") ? q + 2 : q + 1;
                    if (At(w) is { Kind: AtomKind.Weekday } wd && !wd.Has(AtomFlags.Plural) && (!wd.Has(AtomFlags.Ambiguous) || IsCapitalized(w)))
                    {
                        m.Weekday = wd.Value;
                        return w + 1;
                    }
                }
                if (unit == TimeUnit.Day && shift != 0 && !anaphoric && !Word(r, "next") && !Word(r, "last"))
                {
                    m.Anaphoric = true;
                }
                if (unit == TimeUnit.Day && (Word(r, "next") || Word(r, "last")) && IsThe(r - 1))
                {
                    m.Anaphoric = true;
                }
                return q + 1;
            }
            case AtomKind.Weekday when !target.Has(AtomFlags.Plural):
                m = new TimexMeaning { Weekday = target.Value, Direction = shift, StrictDirection = shift != 0 };
                if (At(q + 1) is { Kind: AtomKind.PartOfDay } pod && !pod.Has(AtomFlags.Plural))
                {
                    m.PartOfDay = pod.Value;
                    m.Type = TimexType.TIME;
                    return q + 2;
                }
                return q + 1;
            case AtomKind.Month:
                m = new TimexMeaning { Month = target.Value, Direction = shift, StrictDirection = shift != 0 };
                if (shift == 0)
                {
                    // "this March": the anchor's year.
                    m.ShiftUnit = TimeUnit.Year;
                }
                return q + 1;
            case AtomKind.Season when !target.Has(AtomFlags.Plural):
                m = new TimexMeaning { Season = target.Value, Direction = shift, StrictDirection = shift != 0 };
                if (shift == 0)
                {
                    m.ShiftUnit = TimeUnit.Year;
                }
                return q + 1;
            case AtomKind.PartOfDay when !target.Has(AtomFlags.Plural) && (Word(r, "this") || Word(r, "last")):
                // "this morning" is today's; "last night" yesterday's.
                m = new TimexMeaning
                {
                    ShiftUnit = TimeUnit.Day,
                    Shift = Word(r, "last") ? -1 : 0,
                    PartOfDay = target.Value,
                    Type = TimexType.TIME,
                };
                return q + 1;
            case AtomKind.Ordinal or AtomKind.Half when OrdinalPeriod(q, out var period) is var e and > 0 && period is not null:
                m = period;
                return e;
            case AtomKind.Fiscal when Word(q + 1, "year"):
                m = new TimexMeaning { ShiftUnit = TimeUnit.Year, Shift = shift };
                return q + 2;
            default:
                return -1;
        }
    }

    /// <summary>"the year", "the week", "the weekend", "the year 2024", "the past", "the future", "the near future", "the moment", "the same day".</summary>
    private int TheRelative(int p, out TimexMeaning? m)
    {
        m = null;
        var q = p + 1;
        var next = At(q);
        if (next.Kind == AtomKind.Relative)
        {
            return RelativeUnit(p, q, out m);
        }
        if (Word(q, "near") || Word(q, "foreseeable") || Word(q, "distant") || Word(q, "immediate") || Word(q, "recent") && Kind(q + 1) == AtomKind.Past)
        {
            q++;
            next = At(q);
        }
        if (next.Kind is AtomKind.Future or AtomKind.Past or AtomKind.Present && !(Kind(q + 1) is AtomKind.Unit or AtomKind.Number || IsA(q + 1) || Word(q + 1, "tense")))
        {
            if (next.Kind == AtomKind.Past && next.Has(AtomFlags.Ambiguous))
            {
                return -1;
            }
            m = new TimexMeaning { Literal = next.Kind switch { AtomKind.Future => "FUTURE_REF", AtomKind.Past => "PAST_REF", _ => "PRESENT_REF" } };
            return q + 1;
        }
        if (next.Kind == AtomKind.Moment && Word(p - 1, "at"))
        {
            m = new TimexMeaning { Literal = "PRESENT_REF" };
            return q + 1;
        }
        if (next.Kind == AtomKind.Unit && next.Unit == TimeUnit.Day && Kind(q + 1) == AtomKind.Shift && At(q + 2) is { Kind: AtomKind.DayWord } dw && dw.Value != 0)
        {
            // "the day after tomorrow", "the day before yesterday"
            m = new TimexMeaning { ShiftUnit = TimeUnit.Day, Shift = dw.Value * 2 };
            return q + 3;
        }
        if (next.Kind == AtomKind.Unit && !next.Has(AtomFlags.Plural) && !next.Has(AtomFlags.Capitalized))
        {
            var unit = next.Unit;
            if (unit == TimeUnit.Year && IsYear(q + 1, out var year))
            {
                m = new TimexMeaning { Year = year };
                return q + 2;
            }
            if (unit is TimeUnit.Day or TimeUnit.Week or TimeUnit.Weekend or TimeUnit.Month or TimeUnit.Year or TimeUnit.Quarter or TimeUnit.Decade
                && Kind(q + 1) != AtomKind.Of && !(Kind(q + 1) == AtomKind.Hyphen) && !Word(q + 1, "when") && !Word(q + 1, "before") && !Word(q + 1, "after"))
            {
                m = new TimexMeaning { ShiftUnit = unit == TimeUnit.Weekend ? TimeUnit.Week : unit, Weekend = unit == TimeUnit.Weekend };
                return q + 1;
            }
            if (unit is TimeUnit.Day or TimeUnit.Week or TimeUnit.Month or TimeUnit.Year && Kind(q + 1) == AtomKind.Shift && At(q + 1).Has(AtomFlags.Plural)
                && !IsContentWord(q + 2))
            {
                // "the day before", "the year after": one unit from the last date mentioned.
                m = new TimexMeaning { ShiftUnit = unit, Shift = At(q + 1).Value, Anaphoric = true };
                return q + 2;
            }
        }
        return -1;
    }

    /// <summary>"that day", "that year", "these days".</summary>
    private int DeterminerUnit(int p, out TimexMeaning? m)
    {
        m = null;
        var det = At(p);
        var next = At(p + 1);
        if (det.Value == 1 && next.Kind == AtomKind.Unit && next.Unit == TimeUnit.Day && next.Has(AtomFlags.Plural))
        {
            m = new TimexMeaning { Literal = "PRESENT_REF" };
            return p + 2;
        }
        if (det.Value == 0 && next.Kind == AtomKind.Unit && !next.Has(AtomFlags.Plural) && next.Unit is TimeUnit.Day or TimeUnit.Week or TimeUnit.Month or TimeUnit.Year
            && Kind(p + 2) != AtomKind.Of)
        {
            m = new TimexMeaning { ShiftUnit = next.Unit, Anaphoric = true };
            return p + 2;
        }
        return -1;
    }

    /// <summary>A word that starts a noun phrase or clause after "before"/"after", which makes it a preposition, not an adverb.</summary>
    private bool IsContentWord(int i)
    {
        if (i >= _end)
        {
            return false;
        }
        var t = TextOf(i);
        return t.Length > 0 && char.IsLetterOrDigit(t[0]);
    }
}
