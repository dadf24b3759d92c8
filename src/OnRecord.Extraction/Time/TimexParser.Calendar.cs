using OnRecord.Core.Annotations;

namespace OnRecord.Extraction.Time;

/// <summary>Calendar dates: "March 6, 2024", "6 March", "Tuesday", "2024-03-06", "2023", "the 1990s", "Q3 2023", "fiscal 2024", "summer 2023", "Christmas".</summary>
internal ref partial struct TimexParser
{
    private int CalendarDate(int p, out TimexMeaning? m)
    {
        m = null;
        var a = At(p);
        switch (a.Kind)
        {
            case AtomKind.IsoDate:
                m = new TimexMeaning { Year = a.Value / 10000, Month = a.Value / 100 % 100, Day = a.Value % 100 };
                if (m.Year == 0 && m.Month == 9 && m.Day == 11 && TextOf(p).Length == 4)
                {
                    // "9/11" names the 2001 attacks.
                    m.Year = 2001;
                }
                return p + 1;
            case AtomKind.Weekday:
                return WeekdayDate(p, out m);
            case AtomKind.Month:
                return MonthDate(p, out m);
            case AtomKind.Ordinal or AtomKind.Relative when NthOfPeriod(p, out m) is var nth and > 0:
                return nth;
            case AtomKind.Ordinal when OrdinalPeriod(p, out m) is var period and > 0:
                return period;
            case AtomKind.Number or AtomKind.Ordinal:
                return DayMonthDate(p, out m);
            case AtomKind.Year:
                return YearDate(p, out m);
            case AtomKind.Decade:
                m = new TimexMeaning { Decade = a.Value, Mod = a.Mod };
                return p + 1;
            case AtomKind.QuarterCode:
                return QuarterCode(p, out m);
            case AtomKind.HalfCode:
                return HalfCode(p, out m);
            case AtomKind.FiscalYear:
                m = new TimexMeaning { Year = a.Value };
                return p + 1;
            case AtomKind.Fiscal:
                return FiscalYear(p, out m);
            case AtomKind.Season:
                return SeasonDate(p, out m);
            case AtomKind.Holiday:
                return HolidayDate(p, out m);
            case AtomKind.Article when a.Value == 0:
                return TheCalendar(p, out m);
            default:
                return -1;
        }
    }

    /// <summary>"the 1990s", "the 20th century", "the third quarter", "the first half of 2023", "the 6th of March", "the summer".</summary>
    private int TheCalendar(int p, out TimexMeaning? m)
    {
        m = null;
        var next = At(p + 1);
        switch (next.Kind)
        {
            case AtomKind.Decade:
                m = new TimexMeaning { Decade = next.Value, Mod = next.Mod };
                return p + 2;
            case AtomKind.Ordinal or AtomKind.Relative when NthOfPeriod(p + 1, out m) is var nth and > 0:
                return nth;
            case AtomKind.Ordinal when Kind(p + 2) == AtomKind.Hyphen && OrdinalPeriod(p + 1, out _) is var attributive and > 0 && IsCompoundNoun(attributive):
                // "the fourth-quarter results": the article belongs to the noun, the date is "fourth-quarter".
                return -1;
            case AtomKind.Ordinal:
                return OrdinalPeriod(p + 1, out m) is var e and > 0 ? e : DayMonthDate(p + 1, out m) is var e2 and > 0 ? e2 : DayAlone(p, out m);
            case AtomKind.Season when !next.Has(AtomFlags.Capitalized) || !next.Has(AtomFlags.Ambiguous):
                return SeasonDate(p + 1, out m);
            case AtomKind.PartWord when next.Value == 0 && Kind(p + 2) == AtomKind.Decade:
                m = new TimexMeaning { Decade = At(p + 2).Value, Mod = next.Mod };
                return p + 3;
            case AtomKind.Fiscal:
                return FiscalYear(p + 1, out m);
            case AtomKind.Unit when next.Unit == TimeUnit.Week && !next.Has(AtomFlags.Plural) && Kind(p + 2) == AtomKind.Of
                && Kind(p + 3) is AtomKind.Month or AtomKind.Number or AtomKind.Ordinal or AtomKind.IsoDate
                && CalendarDate(p + 3, out var day) is var dayEnd and > 0 && day is { Day: > 0, Month: > 0, Minutes: < 0 }:
                // "the week of March 4"
                day.WeekOfDay = true;
                day.Weekday = 0;
                m = day;
                return dayEnd;
            default:
                return -1;
        }
    }

    /// <summary>"third quarter [of 2023]", "first half of the year", "20th century", "fourth-quarter".</summary>
    private int OrdinalPeriod(int p, out TimexMeaning? m)
    {
        m = null;
        var ordinal = At(p).Value;
        var q = p + 1;
        if (Kind(q) == AtomKind.Hyphen)
        {
            q++;
        }
        var unit = At(q);
        TimexMeaning meaning;
        if (unit.Kind == AtomKind.Unit && unit.Unit == TimeUnit.Quarter && ordinal is >= 1 and <= 4)
        {
            meaning = new TimexMeaning { Quarter = ordinal };
        }
        else if (unit.Kind == AtomKind.Half && ordinal is 1 or 2)
        {
            meaning = new TimexMeaning { Half = ordinal };
        }
        else if (unit.Kind == AtomKind.Unit && unit.Unit == TimeUnit.Century && ordinal is >= 1 and <= 30)
        {
            m = new TimexMeaning { Century = ordinal - 1 };
            return q + 1;
        }
        else
        {
            return -1;
        }
        var end = q + 1;
        // "of 2023", "of fiscal 2023", "of the year", "of this year", "of last year", ", 2023"
        var r = end;
        if (Kind(r) is AtomKind.Of or AtomKind.Comma)
        {
            r++;
        }
        if (Kind(r) == AtomKind.Fiscal)
        {
            r++;
            if (Word(r, "year"))
            {
                r++;
            }
        }
        if (IsYear(r, out var year) || (Kind(r) == AtomKind.FiscalYear && (year = At(r).Value) > 0))
        {
            meaning.Year = year;
            end = r + 1;
        }
        else if (Kind(end) == AtomKind.Of && IsThe(end + 1) && At(end + 2) is { Kind: AtomKind.Unit } u && u.Unit == TimeUnit.Year && Kind(end + 3) != AtomKind.Of)
        {
            meaning.ShiftUnit = TimeUnit.Year;
            end += 3;
        }
        else if (Kind(end) == AtomKind.Of && At(end + 1) is { Kind: AtomKind.Relative } rel && !rel.Has(AtomFlags.Ambiguous)
            && At(end + 2) is { Kind: AtomKind.Unit } u2 && u2.Unit == TimeUnit.Year)
        {
            meaning.ShiftUnit = TimeUnit.Year;
            meaning.Shift = rel.Value;
            end += 3;
        }
        else if (Kind(end) == AtomKind.Year && At(end).Has(AtomFlags.Digits) && At(end).Mod == TimexMod.None)
        {
            meaning.Year = At(end).Value;
            end++;
        }
        else if (Kind(end) == AtomKind.Of)
        {
            // "the first quarter of the game", "the second half of the match": not calendar periods.
            return -1;
        }
        m = meaning;
        return end;
    }

    /// <summary>"Tuesday", "Tuesday, March 5", "Tuesday 5 March 2024", "Tuesday morning", "Tuesday of next week", "Mondays".</summary>
    private int WeekdayDate(int p, out TimexMeaning? m)
    {
        m = null;
        var a = At(p);
        if (a.Has(AtomFlags.Plural))
        {
            m = new TimexMeaning { Type = TimexType.SET, Literal = "XXXX-WXX-" + a.Value };
            if (At(p + 1) is { Kind: AtomKind.PartOfDay } pod)
            {
                m.Literal += "T" + TimeLexicon.PartOfDayCodes[pod.Value];
                return p + 2;
            }
            return p + 1;
        }
        var q = p + 1;
        if (Kind(q) == AtomKind.Comma)
        {
            q++;
        }
        if (Kind(q) == AtomKind.IsoDate)
        {
            // "Friday 5/12"
            var iso = At(q).Value;
            m = new TimexMeaning { Year = iso / 10000, Month = iso / 100 % 100, Day = iso % 100, Weekday = iso / 10000 == 0 ? a.Value : 0 };
            return q + 1;
        }
        // A weekday introducing a full date: the date carries the value.
        // Without a year, the weekday picks it: "Tuesday, March 5" is the nearest March 5 that is a Tuesday.
        if (Kind(q) == AtomKind.Month && MonthDate(q, out var dated) is var e1 and > 0 && dated!.Day > 0)
        {
            dated.Weekday = dated.Year == 0 ? a.Value : 0;
            m = dated;
            return e1;
        }
        if (Kind(q) is AtomKind.Number or AtomKind.Ordinal && DayMonthDate(q, out dated) is var e2 and > 0)
        {
            dated!.Weekday = dated.Year == 0 ? a.Value : 0;
            m = dated;
            return e2;
        }
        if (a.Has(AtomFlags.Ambiguous) && !IsCapitalized(p))
        {
            return -1;
        }
        if (IsNameBefore(p - 1) || (Word(p - 1, "black") && IsCapitalized(p - 1)))
        {
            return -1;
        }
        if (q == p + 1 && !(Kind(q) is AtomKind.Month or AtomKind.Number or AtomKind.Ordinal or AtomKind.Year or AtomKind.IsoDate) && IsCapitalized(q) && IsContentWord(q))
        {
            // "Sunday Times", "Monday Night Football": a name.
            return -1;
        }
        if (a.Has(AtomFlags.Ambiguous) && TextOf(p).Length == 3 && !Word(p, "tue") && !Word(p, "thu") && !Word(p, "fri"))
        {
            return -1;
        }
        m = new TimexMeaning { Weekday = a.Value };
        var end = p + 1;
        var dayAt = IsThe(q) ? q + 1 : q;
        if (DayOfMonth(dayAt, out var dom) is var domEnd and > 0 && (At(dayAt).Kind == AtomKind.Ordinal || IsThe(q) || q > p + 1 || !(Kind(domEnd) is AtomKind.Meridiem or AtomKind.OClock or AtomKind.Unit)))
        {
            if (!(Kind(domEnd) is AtomKind.Meridiem or AtomKind.OClock or AtomKind.Unit or AtomKind.Hyphen) && !(Kind(dayAt) == AtomKind.Number && Kind(domEnd) == AtomKind.Clock))
            {
                m.Day = dom;
                return domEnd;
            }
        }
        // "Tuesday of next week", "Tuesday next week", "Tuesday last week"
        var r = end;
        if (Kind(r) == AtomKind.Of)
        {
            r++;
        }
        if (At(r) is { Kind: AtomKind.Relative } rel && !rel.Has(AtomFlags.Ambiguous) && At(r + 1) is { Kind: AtomKind.Unit } u && u.Unit == TimeUnit.Week)
        {
            m.ShiftUnit = TimeUnit.Week;
            m.Shift = rel.Value;
            end = r + 2;
        }
        if (At(end) is { Kind: AtomKind.PartOfDay } pod2 && !pod2.Has(AtomFlags.Plural))
        {
            m.PartOfDay = pod2.Value;
            m.Type = TimexType.TIME;
            end++;
        }
        return end;
    }

    /// <summary>"March", "March 6", "March 6th, 2024", "March 2024", "March of 2024", "mid-March".</summary>
    private int MonthDate(int p, out TimexMeaning? m)
    {
        m = null;
        var a = At(p);
        var meaning = new TimexMeaning { Month = a.Value, Mod = a.Mod };
        var end = p + 1;
        var dayGiven = false;
        var dayAt = (IsThe(end) || Kind(end) == AtomKind.Comma) && Kind(end + 1) == AtomKind.Ordinal ? end + 1 : end;
        if (DayOfMonth(dayAt, out var day) is var dayEnd and > 0 && !(Kind(dayEnd) is AtomKind.Unit or AtomKind.MeasureWord)
            && !(Kind(dayEnd) == AtomKind.Hyphen && Kind(dayEnd + 1) == AtomKind.Unit) && !(Kind(dayEnd) == AtomKind.Meridiem || Kind(dayEnd) == AtomKind.OClock))
        {
            meaning.Day = day;
            end = dayEnd;
            dayGiven = true;
        }
        var r = end;
        if (Kind(r) is AtomKind.Comma || (Kind(r) == AtomKind.Of && !dayGiven) || (Word(r, "in") && dayGiven))
        {
            r++;
        }
        if (IsYear(r, out var year) && !(Kind(r + 1) is AtomKind.Unit or AtomKind.MeasureWord))
        {
            meaning.Year = year;
            end = r + 1;
        }
        else if (At(end) is { Kind: AtomKind.Relative } rel && !rel.Has(AtomFlags.Ambiguous) && At(end + 1) is { Kind: AtomKind.Unit, Unit: TimeUnit.Year } y && !y.Has(AtomFlags.Plural))
        {
            // "in June last year", "March 3 next year": the month of the year named after it.
            meaning.ShiftUnit = TimeUnit.Year;
            meaning.Shift = rel.Value;
            end += 2;
        }
        if (a.Has(AtomFlags.Ambiguous) && !dayGiven && meaning.Year == 0)
        {
            // "may", "march", "Jan": a month only after a date word ("in May", "since March", "early May").
            if (!(IsDatePreposition(p - 1) || IsScheduledFor(p - 1)) || (Word(p, "may") && !IsCapitalized(p)) || (!IsCapitalized(p) && Word(p, "march")))
            {
                return -1;
            }
        }
        if (a.Has(AtomFlags.Ambiguous) && !IsCapitalized(p) && !dayGiven && meaning.Year == 0)
        {
            return -1;
        }
        if (!a.Has(AtomFlags.Hyphenated) && TextOf(p).Length <= 4 && !dayGiven && meaning.Year == 0 && !TextOf(p).EndsWith(".") && !IsDatePreposition(p - 1) && !IsScheduledFor(p - 1))
        {
            // A bare abbreviation ("Oct") is too often something else.
            return -1;
        }
        if (dayGiven && meaning.Year == 0 && meaning.Month == 9 && meaning.Day == 11 && (Word(end, "attacks") || Word(end, "attack") || Word(end, "anniversary") || Word(end, "commission")))
        {
            meaning.Year = 2001;
        }
        if (dayGiven && meaning.Year > 0 && !CalendarMath.IsValid(meaning.Year, meaning.Month, meaning.Day))
        {
            return -1;
        }
        m = meaning;
        return end;
    }

    /// <summary>"6 March", "6th of March 2024", "the 6th of March".</summary>
    private int DayMonthDate(int p, out TimexMeaning? m)
    {
        m = null;
        var q = DayOfMonth(p, out var day);
        if (q < 0)
        {
            return -1;
        }
        if (Kind(q) == AtomKind.Of)
        {
            q++;
        }
        var month = At(q);
        if (month.Kind != AtomKind.Month || month.Mod != TimexMod.None)
        {
            return -1;
        }
        var meaning = new TimexMeaning { Month = month.Value, Day = day };
        var end = q + 1;
        var r = end;
        if (Kind(r) is AtomKind.Comma or AtomKind.Of || Word(r, "in"))
        {
            r++;
        }
        if (IsYear(r, out var year) && !(Kind(r + 1) is AtomKind.Unit or AtomKind.MeasureWord))
        {
            meaning.Year = year;
            end = r + 1;
        }
        else if (At(end) is { Kind: AtomKind.Relative } rel && !rel.Has(AtomFlags.Ambiguous) && At(end + 1) is { Kind: AtomKind.Unit, Unit: TimeUnit.Year } y && !y.Has(AtomFlags.Plural))
        {
            // "in June last year", "March 3 next year": the month of the year named after it.
            meaning.ShiftUnit = TimeUnit.Year;
            meaning.Shift = rel.Value;
            end += 2;
        }
        m = meaning;
        return end;
    }

    /// <summary>A year on its own ("in 2023", "the 2016 election", "mid-2023"), unless it counts something ("2000 troops", "$2024").</summary>
    private int YearDate(int p, out TimexMeaning? m)
    {
        m = null;
        var a = At(p);
        if (!a.Has(AtomFlags.Digits))
        {
            return -1;
        }
        var next = Kind(p + 1);
        if (next is AtomKind.Unit or AtomKind.MeasureWord or AtomKind.Zone || Kind(p - 1) is AtomKind.Currency
            || Word(p + 1, "to") && Kind(p + 2) == AtomKind.Number && !IsDatePreposition(p - 1))
        {
            return -1;
        }
        if (TextOf(p - 1) is [var c] && (c is '$' or '€' or '£' or '#' or '+' || char.IsDigit(c)))
        {
            return -1;
        }
        if (Kind(p + 1) == AtomKind.Season && !At(p + 1).Has(AtomFlags.Ambiguous))
        {
            m = new TimexMeaning { Year = a.Value, Season = At(p + 1).Value };
            return p + 2;
        }
        // "2023 Q4", "2023-Q4", "2024 H1"
        var code = Kind(p + 1) == AtomKind.Hyphen && Touching(p) && Touching(p + 1) ? p + 2 : p + 1;
        if (Kind(code) == AtomKind.QuarterCode)
        {
            m = new TimexMeaning { Year = a.Value, Quarter = At(code).Value };
            return code + 1;
        }
        if (Kind(code) == AtomKind.HalfCode)
        {
            m = new TimexMeaning { Year = a.Value, Half = At(code).Value };
            return code + 1;
        }
        if (Kind(p + 1) == AtomKind.Hyphen && Touching(p) && Touching(p + 1) && At(p + 2) is { Kind: AtomKind.Number, Extra: 2 } nextYear
            && nextYear.Value == (a.Value + 1) % 100 && !IsLabelWord(p - 1))
        {
            // "the 2022-23 season": named by the year it starts.
            m = new TimexMeaning { Year = a.Value };
            return p + 3;
        }
        if (IsLabelWord(p - 1) || (Word(p - 1, "of") && Word(p - 2, "class") && IsCapitalized(p - 2)))
        {
            // "Room 2024", "Windows 2000", "Vision 2030", "the Class of 2024": a number naming a thing.
            return -1;
        }
        var introduced = IsThe(p - 1) || IsA(p - 1) || (IsDatePreposition(p - 1) && !IsConjunction(p - 1)) || (IsConjunction(p - 1) && Kind(p - 2) == AtomKind.Year);
        if (a.Value < 1900 && a.Mod == TimexMod.None && !introduced)
        {
            // Bare four-digit numbers before 1900 are counts more often than years.
            return -1;
        }
        if (a.Mod == TimexMod.None && LooksLikeCountedNoun(p + 1) && (!introduced || a.Value < 1950) && !(a.Value >= 1900 && IsBaselineNoun(p + 1)))
        {
            // "2000 troops": a count, unless a preposition or article makes it a year ("in 2023 elections").
            return -1;
        }
        if (a.Value > 2100)
        {
            return -1;
        }
        if (Word(p + 1, "BC") || Word(p + 1, "B.C.") || Word(p + 1, "BCE"))
        {
            m = new TimexMeaning { Year = -a.Value };
            return p + 2;
        }
        m = new TimexMeaning { Year = a.Value, Mod = a.Mod };
        return p + 1;
    }

    /// <summary>A capitalised noun after a date-like phrase makes it part of a name: "Good Friday Agreement", "Six-Day War".</summary>
    /// <summary>A capitalised word before a day or year makes it part of a name: "Black Monday", "Fox News Sunday", "Vision 2030".</summary>
    private bool IsNameBefore(int i) => i > _sentenceStart && Kind(i) == AtomKind.None && IsCapitalized(i) && IsContentWord(i) && !IsFunctionWord(i)
        && !IsDatePreposition(i) && !Word(i, "Super");

    private bool IsFunctionWord(int i)
    {
        foreach (var w in FunctionWords)
        {
            if (Word(i, w))
            {
                return true;
            }
        }
        return false;
    }

    private bool IsNamedAfter(int i) => i < _end && Kind(i) == AtomKind.None && IsCapitalized(i) && IsContentWord(i) && i > _sentenceStart;

    /// <summary>"set for May", "scheduled for March": "for" takes a date after a word of planning (not "voted for May").</summary>
    private bool IsScheduledFor(int i) => Word(i, "for") && (Word(i - 1, "set") || Word(i - 1, "scheduled") || Word(i - 1, "planned")
        || Word(i - 1, "slated") || Word(i - 1, "due") || Word(i - 1, "expected") || Word(i - 1, "pencilled") || Word(i - 1, "penciled")
        || Word(i - 1, "earmarked") || Word(i - 1, "booked") || Word(i - 1, "postponed") || Word(i - 1, "delayed") || Word(i - 1, "rescheduled"));

    /// <summary>"1990 levels", "2019 prices", "2015 dollars": the year a comparison is measured against, not a count.</summary>
    private bool IsBaselineNoun(int i) => Word(i, "levels") || Word(i, "level") || Word(i, "prices") || Word(i, "dollars") || Word(i, "figures") || Word(i, "terms");

    private static readonly string[] LabelWords =
    [
        "room", "flight", "route", "no.", "number", "apartment", "suite", "windows", "office", "model", "version", "section",
        "article", "chapter", "page", "bus", "highway", "interstate", "resolution", "unit", "gate", "platform", "train", "code",
        "vision", "agenda", "expo", "horizon",
    ];

    private bool IsLabelWord(int i)
    {
        foreach (var w in LabelWords)
        {
            if (Word(i, w))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] FunctionWords =
    [
        "and", "or", "but", "of", "in", "on", "at", "to", "for", "with", "when", "as", "before", "after", "is", "was", "will", "would",
        "has", "had", "that", "which", "this", "last", "next", "until", "since", "through", "into", "from", "by", "than", "then",
    ];

    /// <summary>A lowercase word that is not a function word: the noun of a compound ("spring water", "summer camp").</summary>
    private bool IsCompoundNoun(int i)
    {
        if (i >= _end || Kind(i) != AtomKind.None)
        {
            return false;
        }
        var t = TextOf(i);
        if (t.IsEmpty || !char.IsLower(t[0]) || !char.IsLetter(t[^1]))
        {
            return false;
        }
        foreach (var w in FunctionWords)
        {
            if (t.Equals(w, StringComparison.Ordinal))
            {
                return false;
            }
        }
        return !(t.EndsWith("ed", StringComparison.Ordinal) || t.EndsWith("ly", StringComparison.Ordinal));
    }

    private bool IsConjunction(int i) => Word(i, "and") || Word(i, "or") || Word(i, "to");

    /// <summary>A plural noun after a number ("troops", "people"): by its tag when tagged, else a lowercase word ending in s.</summary>
    private bool LooksLikeCountedNoun(int i)
    {
        if (i >= _end)
        {
            return false;
        }
        if (_tokens[i].Xpos is { } tag)
        {
            return tag == "NNS";
        }
        var t = TextOf(i);
        return t.Length > 3 && char.IsLower(t[0]) && t[^1] == 's' && t[^2] != 's' && !t.Equals("was", StringComparison.Ordinal)
            && !t.EndsWith("ous", StringComparison.Ordinal) && !t.Equals("has", StringComparison.Ordinal) && !t.Equals("does", StringComparison.Ordinal);
    }

    /// <summary>"Q3", "Q3 2023", "3Q".</summary>
    private int QuarterCode(int p, out TimexMeaning? m)
    {
        m = new TimexMeaning { Quarter = At(p).Value };
        var r = p + 1;
        if (Kind(r) is AtomKind.Hyphen or AtomKind.Comma)
        {
            r++;
        }
        if (IsYear(r, out var year) || (Kind(r) == AtomKind.FiscalYear && (year = At(r).Value) > 0))
        {
            m.Year = year;
            return r + 1;
        }
        return p + 1;
    }

    /// <summary>"H1 2024", "H2-2023": a half year needs its year.</summary>
    private int HalfCode(int p, out TimexMeaning? m)
    {
        m = null;
        var r = Kind(p + 1) is AtomKind.Hyphen or AtomKind.Comma ? p + 2 : p + 1;
        if (!IsYear(r, out var year))
        {
            return -1;
        }
        m = new TimexMeaning { Year = year, Half = At(p).Value };
        return r + 1;
    }

    /// <summary>"fiscal 2024", "fiscal year 2024", "financial year 2023".</summary>
    private int FiscalYear(int p, out TimexMeaning? m)
    {
        m = null;
        var q = p + 1;
        if (Word(q, "year"))
        {
            q++;
        }
        if (Kind(q) == AtomKind.Year && At(q).Has(AtomFlags.Digits))
        {
            m = new TimexMeaning { Year = At(q).Value };
            return q + 1;
        }
        return -1;
    }

    /// <summary>"spring", "summer 2023", "the summer of 2022", "fall".</summary>
    private int SeasonDate(int p, out TimexMeaning? m)
    {
        m = null;
        var a = At(p);
        var meaning = new TimexMeaning { Season = a.Value, Mod = a.Mod };
        var end = p + 1;
        var r = end;
        if (Kind(r) is AtomKind.Of or AtomKind.Comma)
        {
            r++;
        }
        if (IsYear(r, out var year))
        {
            meaning.Year = year;
            end = r + 1;
        }
        else if (Kind(end) == AtomKind.Of || Kind(end) is AtomKind.Unit || IsCompoundNoun(end))
        {
            // "the fall of Kabul", "spring water", "summer camp".
            return -1;
        }
        if (meaning.Year == 0 && !a.Has(AtomFlags.Hyphenated))
        {
            var before = p - 1;
            if (IsThe(before))
            {
                before--;
            }
            if (!IsDatePreposition(before) && !IsThe(p - 1))
            {
                return -1;
            }
            if (a.Has(AtomFlags.Ambiguous) && !IsThe(p - 1))
            {
                return -1;
            }
            if (IsCapitalized(p) && p > _sentenceStart && IsCapitalized(p - 1) && !IsThe(p - 1))
            {
                return -1;
            }
        }
        m = meaning;
        return end;
    }

    /// <summary>"Christmas", "Christmas Day 2023", "New Year's Eve", "Easter Monday", "Thanksgiving".</summary>
    private int HolidayDate(int p, out TimexMeaning? m)
    {
        m = null;
        var (code, length) = (0, 0);
        foreach (var (words, c) in Holidays.Phrases)
        {
            if (words.Length <= length)
            {
                continue;
            }
            var all = true;
            for (var k = 0; k < words.Length && all; k++)
            {
                all = Word(p + k, words[k]);
            }
            if (all)
            {
                (code, length) = (c, words.Length);
            }
        }
        if (length == 0)
        {
            return -1;
        }
        if (IsNamedAfter(p + length))
        {
            // "the Good Friday Agreement", "the Easter Rising": a name that holds a holiday, not the day.
            return -1;
        }
        var meaning = new TimexMeaning { Holiday = code };
        var end = p + length;
        if (IsYear(end, out var year))
        {
            meaning.Year = year;
            end++;
        }
        m = meaning;
        return end;
    }

    /// <summary>"on the 15th": a day of the month nearest the anchor, after a preposition that takes a date.</summary>
    private int DayAlone(int p, out TimexMeaning? m)
    {
        m = null;
        if (!(Word(p - 1, "on") || Word(p - 1, "by") || Word(p - 1, "until") || Word(p - 1, "since") || Word(p - 1, "before") || Word(p - 1, "after")))
        {
            return -1;
        }
        if (DayOfMonth(p + 1, out var day) is not (var end and > 0) || Kind(p + 1) != AtomKind.Ordinal)
        {
            return -1;
        }
        if (end < _end && (IsCompoundNoun(end) || (IsCapitalized(end) && IsContentWord(end)) || Kind(end) is AtomKind.Hyphen or AtomKind.Unit or AtomKind.PartOfDay))
        {
            // "on the 15th floor", "by the 10th anniversary", "the 3rd-largest"
            return -1;
        }
        if ((Word(end, "or") || Word(end, "and") || Word(end, "to")) && Kind(end + 1) == AtomKind.Ordinal
            && (Kind(end + 2) == AtomKind.Unit || IsCompoundNoun(end + 2)))
        {
            // "until the fourth or fifth day of the festival": ordinals of a noun, not days of the month.
            return -1;
        }
        m = new TimexMeaning { Day = day };
        return end;
    }
}
