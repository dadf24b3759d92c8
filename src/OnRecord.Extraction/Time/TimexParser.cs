using OnRecord.Core.Annotations;

using OnRecord.Core.Documents;

namespace OnRecord.Extraction.Time;

/// <summary>
/// The time-expression grammar: recursive descent over classified tokens (<see cref="TimeAtom"/>) of one sentence.
/// <see cref="TryParse"/> reads the longest expression starting at a token: optional approximators and
/// comparators ("about", "more than"), part words ("early", "the end of"), then one core construction —
/// calendar dates, relative dates, durations, clock times or sets — each in its own file.
/// </summary>
internal ref partial struct TimexParser
{
    private readonly ReadOnlySpan<TimeAtom> _atoms;
    private readonly ReadOnlySpan<TokenData> _tokens;
    private readonly string _text;
    private readonly int _sentenceStart;
    private readonly int _end;

    public TimexParser(string text, ReadOnlySpan<TokenData> tokens, ReadOnlySpan<TimeAtom> atoms, int sentenceStart, int sentenceEnd)
    {
        _text = text;
        _tokens = tokens;
        _atoms = atoms;
        _sentenceStart = sentenceStart;
        _end = sentenceEnd;
    }

    /// <summary>Reads the longest time expression that starts at token <paramref name="i"/>.</summary>
    public bool TryParse(int i, out int end, out TimexMeaning? meaning)
    {
        end = -1;
        meaning = null;
        var p = i;
        var mod = ReadComparator(ref p);
        var partMod = ReadPart(ref p, out var partStart);
        if (partMod != TimexMod.None && mod == TimexMod.None)
        {
            mod = partMod;
        }
        var coreEnd = ReadCore(p, out var core);
        if (coreEnd < 0 && partStart >= 0)
        {
            // "the end" alone is not a time; try the words after the prefix as their own expression instead.
            return false;
        }
        if (coreEnd < 0 || core is null)
        {
            return false;
        }
        if (mod != TimexMod.None && core.Mod == TimexMod.None)
        {
            core.Mod = mod;
        }
        coreEnd = Combine(coreEnd, ref core);
        end = coreEnd;
        meaning = core;
        return true;
    }

    /// <summary>The longest core construction at <paramref name="p"/>, or -1.</summary>
    private int ReadCore(int p, out TimexMeaning? meaning)
    {
        meaning = null;
        if (StretchTo(p, out var stretch) is var stretchEnd and > 0)
        {
            meaning = stretch;
            return stretchEnd;
        }
        var best = -1;
        Consider(CalendarDate(p, out var m), m, ref best, ref meaning);
        Consider(RelativeDate(p, out m), m, ref best, ref meaning);
        Consider(Duration(p, out m), m, ref best, ref meaning);
        Consider(ClockTime(p, out m), m, ref best, ref meaning);
        Consider(Set(p, out m), m, ref best, ref meaning);
        Consider(PartOfDayAlone(p, out m), m, ref best, ref meaning);
        return best;
    }

    /// <summary>
    /// Joins a day and a clock time written together into one TIME: "Tuesday at 10 a.m.", "tomorrow, 5pm",
    /// "tonight at 8" (20:00), "10 a.m. on Tuesday", "5pm tomorrow", "3 o'clock in the afternoon".
    /// </summary>
    private int Combine(int end, ref TimexMeaning core)
    {
        if (core.Type == TimexType.SET)
        {
            return SetAtClock(end, core);
        }
        if (core.IsDay)
        {
            var q = end;
            if (Kind(q) == AtomKind.Comma && Word(q + 1, "at"))
            {
                // "Tuesday, March 5, at 10 a.m."
                q++;
            }
            var at = Word(q, "at") || Word(q, "@") || Word(q, "around") || Word(q, "about");
            if (at || Kind(q) == AtomKind.Comma)
            {
                q++;
            }
            if (at && At(q) is { Kind: AtomKind.Number } bare && bare.Value is >= 1 and <= 12 && bare.Extra != -1
                && !(Kind(q + 1) is AtomKind.Unit or AtomKind.MeasureWord or AtomKind.Meridiem or AtomKind.OClock) && !IsContentWord(q + 1))
            {
                // "tomorrow evening at 5", "Saturday at 9"
                core.Minutes = AdjustToPartOfDay(bare.Value * 60, false, core.PartOfDay);
                core.PartOfDay = 0;
                core.Type = TimexType.TIME;
                return q + 1;
            }
            if (ClockTime(q, out var clock) is var clockEnd and > 0 && clock is not null)
            {
                core.Minutes = AdjustToPartOfDay(clock.Minutes, clock.ExplicitMeridiem, core.PartOfDay);
                core.PartOfDay = 0;
                core.Type = TimexType.TIME;
                return clockEnd;
            }
            return end;
        }
        if (core.Minutes >= 0 && core.Type == TimexType.TIME && !core.IsShift && core.Day == 0 && core.Weekday == 0)
        {
            var q = end;
            if (Word(q, "in") && IsThe(q + 1) && At(q + 2) is { Kind: AtomKind.PartOfDay } pod)
            {
                core.Minutes = AdjustToPartOfDay(core.Minutes, core.ExplicitMeridiem, pod.Value);
                return q + 3;
            }
            if (Kind(q) == AtomKind.Every && EverySet(q, out var set) is var setEnd and > 0 && set?.Literal is { } daily && SetDay(daily) is { } setDay)
            {
                // "3 p.m. every day", "9am each Monday"
                set.Literal = setDay + TimexValueFormat.TimeOfDay(core.Minutes, 0);
                core = set;
                return setEnd;
            }
            if (Word(q, "at") && Word(q + 1, "night"))
            {
                core.Minutes = AdjustToPartOfDay(core.Minutes, core.ExplicitMeridiem, 4);
                return q + 2;
            }
            if (Word(q, "on") || Kind(q) == AtomKind.Comma)
            {
                q++;
            }
            var dayEnd = CalendarDate(q, out var day);
            if (dayEnd < 0 || day is null || !day.IsDay)
            {
                dayEnd = RelativeDate(q, out day);
            }
            if (dayEnd > 0 && day is not null && day.IsDay)
            {
                day.Minutes = AdjustToPartOfDay(core.Minutes, core.ExplicitMeridiem, day.PartOfDay);
                day.PartOfDay = 0;
                day.Type = TimexType.TIME;
                day.Mod = core.Mod;
                core = day;
                return dayEnd;
            }
        }
        return end;
    }

    /// <summary>"8" in the evening is 20:00; "12" at night is midnight.</summary>
    private static int AdjustToPartOfDay(int minutes, bool explicitMeridiem, int partOfDay)
    {
        if (explicitMeridiem || minutes >= 12 * 60)
        {
            return minutes;
        }
        return partOfDay is 2 or 3 || (partOfDay == 4 && minutes >= 5 * 60) ? minutes + 12 * 60 : minutes;
    }

    private static void Consider(int end, TimexMeaning? candidate, ref int best, ref TimexMeaning? meaning)
    {
        if (end > best && candidate is not null)
        {
            best = end;
            meaning = candidate;
        }
    }

    /// <summary>"about", "around", "nearly", "more than", "less than", "at least", "up to", "no more than".</summary>
    private TimexMod ReadComparator(ref int p)
    {
        var a = At(p);
        if (a.Kind == AtomKind.Approx && !(Word(p, "some") && !IsNumberLike(p + 1)))
        {
            p++;
            return Word(p - 1, "almost") || Word(p - 1, "nearly") ? TimexMod.Approx : TimexMod.Approx;
        }
        if (a.Kind == AtomKind.Comparative && !a.Has(AtomFlags.Ambiguous) && !a.Has(AtomFlags.Plural) && Kind(p + 1) == AtomKind.Than)
        {
            p += 2;
            return (TimexMod)a.Value;
        }
        if (Word(p, "at") && At(p + 1) is { Kind: AtomKind.Comparative } c && c.Has(AtomFlags.Ambiguous))
        {
            p += 2;
            return (TimexMod)c.Value;
        }
        if (a.Kind == AtomKind.Comparative && a.Has(AtomFlags.Plural) && Word(p + 1, "to"))
        {
            p += 2;
            return TimexMod.EqualOrLess;
        }
        if (Word(p, "no") && Kind(p + 1) == AtomKind.Comparative && Kind(p + 2) == AtomKind.Than)
        {
            p += 3;
            return At(p - 2).Value == (int)TimexMod.MoreThan ? TimexMod.EqualOrLess : TimexMod.EqualOrMore;
        }
        return TimexMod.None;
    }

    /// <summary>"the end of", "the beginning of", "the middle of", "early", "late", "mid", "the early" (as in "the early 1990s").</summary>
    private TimexMod ReadPart(ref int p, out int partStart)
    {
        partStart = -1;
        var q = p;
        if (IsThe(q))
        {
            q++;
        }
        var a = At(q);
        if (a.Kind != AtomKind.PartWord)
        {
            return TimexMod.None;
        }
        if (q == p && Kind(q + 1) == AtomKind.Hyphen && Kind(q + 2) is AtomKind.Year or AtomKind.Month or AtomKind.Decade && !a.Has(AtomFlags.Ambiguous))
        {
            // Wire shorthand: "late-2023", "end-2024", "early-March", "start-2025".
            partStart = p;
            p = q + 2;
            return a.Mod;
        }
        if (a.Value == 1)
        {
            // Noun part words need "of": "the end of the year", "end of March".
            if (Kind(q + 1) != AtomKind.Of || a.Has(AtomFlags.Ambiguous) && !IsThe(p))
            {
                return TimexMod.None;
            }
            partStart = p;
            p = q + 2;
            return a.Mod;
        }
        if (q != p && !IsDecadeAhead(q + 1))
        {
            return TimexMod.None;
        }
        partStart = p;
        p = q + 1;
        if (q == partStart && Word(p, "on") && Kind(p + 1) == AtomKind.Weekday)
        {
            // "late on Tuesday", "early on Saturday": the same as "late Tuesday".
            p++;
        }
        return a.Mod;
    }

    private bool IsDecadeAhead(int p) => Kind(p) is AtomKind.Decade || (Kind(p) == AtomKind.Ordinal && Kind(p + 1) == AtomKind.Unit);

    private TimeAtom At(int i) => i >= _sentenceStart && i < _end ? _atoms[i] : default;

    private AtomKind Kind(int i) => At(i).Kind;

    private ReadOnlySpan<char> TextOf(int i) => i >= 0 && i < _tokens.Length ? _text.AsSpan(_tokens[i].Start, _tokens[i].End - _tokens[i].Start) : default;

    private bool Word(int i, string word) => i >= _sentenceStart && i < _end && TextOf(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool IsThe(int i) => At(i) is { Kind: AtomKind.Article, Value: 0 };

    private bool IsA(int i) => At(i) is { Kind: AtomKind.Article, Value: 1 };

    private bool IsNumberLike(int i) => Kind(i) is AtomKind.Number or AtomKind.Year || IsA(i);

    /// <summary>True when tokens <paramref name="i"/> and <paramref name="i"/>+1 touch (no space between), as in "10" "a.m." split from "10a.m.".</summary>
    private bool Touching(int i) => i + 1 < _tokens.Length && _tokens[i].End == _tokens[i + 1].Start;

    private bool IsCapitalized(int i) => At(i).Has(AtomFlags.Capitalized) || (TextOf(i) is { IsEmpty: false } t && char.IsUpper(t[0]));

    /// <summary>A day of the month: 1–31 written with digits, or an ordinal ("6th", "sixth", "twenty second").</summary>
    private bool IsDayOfMonth(int i, out int day) => DayOfMonth(i, out day) > 0;

    /// <summary>Reads a day of the month at <paramref name="i"/>; returns the index after it, or -1.</summary>
    private int DayOfMonth(int i, out int day)
    {
        var a = At(i);
        day = a.Value;
        if (a.Kind == AtomKind.Number && !a.Has(AtomFlags.Digits) && a.Value is 20 or 30)
        {
            var q = Kind(i + 1) == AtomKind.Hyphen ? i + 2 : i + 1;
            if (At(q) is { Kind: AtomKind.Ordinal } o && !o.Has(AtomFlags.Digits) && o.Value is >= 1 and <= 9 && a.Value + o.Value <= 31)
            {
                day = a.Value + o.Value;
                return q + 1;
            }
            return -1;
        }
        return (a.Kind == AtomKind.Number && a.Has(AtomFlags.Digits) && a.Extra is 1 or 2 && a.Value is >= 1 and <= 31)
            || (a.Kind == AtomKind.Ordinal && a.Value is >= 1 and <= 31)
            ? i + 1
            : -1;
    }

    /// <summary>A year that can follow a month or day: four digits, or "'98".</summary>
    private bool IsYear(int i, out int year)
    {
        var a = At(i);
        year = a.Value;
        return a.Kind == AtomKind.Year && a.Mod == TimexMod.None;
    }

    /// <summary>Words before which an ambiguous month ("May", "march") is read as a month.</summary>
    private bool IsDatePreposition(int i)
    {
        if (i < _sentenceStart)
        {
            return false;
        }
        var k = Kind(i);
        if (k is AtomKind.Relative or AtomKind.PartWord or AtomKind.Every or AtomKind.Of)
        {
            return true;
        }
        var t = TextOf(i);
        return t.Equals("in", StringComparison.OrdinalIgnoreCase) || t.Equals("since", StringComparison.OrdinalIgnoreCase)
            || t.Equals("until", StringComparison.OrdinalIgnoreCase) || t.Equals("till", StringComparison.OrdinalIgnoreCase)
            || t.Equals("by", StringComparison.OrdinalIgnoreCase) || t.Equals("from", StringComparison.OrdinalIgnoreCase)
            || t.Equals("through", StringComparison.OrdinalIgnoreCase) || t.Equals("during", StringComparison.OrdinalIgnoreCase)
            || t.Equals("before", StringComparison.OrdinalIgnoreCase) || t.Equals("after", StringComparison.OrdinalIgnoreCase)
            || t.Equals("between", StringComparison.OrdinalIgnoreCase) || t.Equals("to", StringComparison.OrdinalIgnoreCase)
            || t.Equals("and", StringComparison.OrdinalIgnoreCase) || t.Equals("on", StringComparison.OrdinalIgnoreCase)
            || t.Equals("early", StringComparison.OrdinalIgnoreCase) || t.Equals("late", StringComparison.OrdinalIgnoreCase)
            || t.Equals("mid", StringComparison.OrdinalIgnoreCase) || t.Equals("or", StringComparison.OrdinalIgnoreCase)
            || t.Equals("last", StringComparison.OrdinalIgnoreCase) || t.Equals("next", StringComparison.OrdinalIgnoreCase)
            || t.Equals("this", StringComparison.OrdinalIgnoreCase) || t.Equals("of", StringComparison.OrdinalIgnoreCase);
    }
}
