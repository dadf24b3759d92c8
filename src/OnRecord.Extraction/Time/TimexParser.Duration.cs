using System.Globalization;
using OnRecord.Core.Annotations;

namespace OnRecord.Extraction.Time;

/// <summary>
/// Durations and the dates built from them: "three weeks", "a decade", "18 months", "two-year", "several years",
/// "the past three years", "recent years", "for years", "three years ago", "two days later", "a year earlier",
/// and rates such as "$5 billion a year" (a SET).
/// </summary>
internal ref partial struct TimexParser
{
    private int Duration(int p, out TimexMeaning? m)
    {
        m = null;
        var a = At(p);
        var start = p;
        var withThe = false;
        if (a.Kind == AtomKind.Article && a.Value == 0)
        {
            withThe = true;
            p++;
            a = At(p);
        }
        if (!withThe && Word(p, "last") && IsVerbLast(p))
        {
            // "the strike will last three days": the verb, not "the last three days".
            return -1;
        }
        // "the past three years", "the last two weeks", "the next five years", "the coming months", "recent years"
        if (a.Kind == AtomKind.Past || (a.Kind == AtomKind.Relative && (Word(p, "last") || Word(p, "next") || Word(p, "coming") || Word(p, "past") || Word(p, "upcoming"))))
        {
            var q = p + 1;
            if (ReadAmount(q, out var amt, out var afterAmount) && Unit(afterAmount, out var unit, out var afterUnit))
            {
                m = new TimexMeaning { Type = TimexType.DURATION, Amount = amt, DurationUnit = unit };
                return afterUnit;
            }
            if (At(q) is { Kind: AtomKind.Unit } plural && plural.Has(AtomFlags.Plural) && !plural.Unit.IsClock() && plural.Unit != TimeUnit.Quarter)
            {
                // "the coming months", "recent years"
                m = new TimexMeaning { Type = TimexType.DURATION, DurationUnit = plural.Unit };
                return q + 1;
            }
            if (a.Kind == AtomKind.Past && At(q) is { Kind: AtomKind.Unit } single && !single.Has(AtomFlags.Plural) && !single.Unit.IsClock() && single.Unit != TimeUnit.Quarter)
            {
                // "the past week", "past year": the stretch up to now.
                m = new TimexMeaning { Type = TimexType.DURATION, Amount = 1, DurationUnit = single.Unit == TimeUnit.Fortnight ? TimeUnit.Fortnight : single.Unit };
                return q + 1;
            }
            return -1;
        }
        if (withThe && a.Kind == AtomKind.Unit && !a.Unit.IsClock() && a.Unit != TimeUnit.Quarter && Word(p + 1, "ahead"))
        {
            // "the months ahead", "the year ahead": the stretch still to come.
            m = new TimexMeaning { Type = TimexType.DURATION, Amount = a.Has(AtomFlags.Plural) ? null : 1, DurationUnit = a.Unit };
            return p + 2;
        }
        if (!ReadAmount(p, out var amount, out var afterAmt))
        {
            // "a week-long strike", "months-long talks": the duration is the compound, without the noun's article.
            if (!withThe && a.Kind == AtomKind.Unit && !a.Unit.IsClock() && a.Unit != TimeUnit.Quarter && Kind(p + 1) == AtomKind.Hyphen && Word(p + 2, "long"))
            {
                m = new TimexMeaning { Type = TimexType.DURATION, Amount = a.Has(AtomFlags.Plural) ? null : 1, DurationUnit = a.Unit };
                return p + 3;
            }
            // "decades of conflict", "months of talks": a stretch of time measured out.
            if (!withThe && a.Kind == AtomKind.Unit && a.Has(AtomFlags.Plural) && !a.Unit.IsClock() && a.Unit != TimeUnit.Quarter
                && Word(p + 1, "of") && IsCompoundNoun(p + 2) && !Word(p + 2, "age") && !IsThe(p - 1) && Kind(p - 1) is not (AtomKind.Number or AtomKind.Ordinal or AtomKind.Article))
            {
                m = new TimexMeaning { Type = TimexType.DURATION, DurationUnit = a.Unit };
                return p + 1;
            }
            // "years ago", "for decades": a bare plural unit.
            if (!withThe && a.Kind == AtomKind.Unit && a.Has(AtomFlags.Plural) && !a.Unit.IsClock() && a.Unit != TimeUnit.Quarter)
            {
                var after = At(p + 1);
                if (after.Kind == AtomKind.Ago)
                {
                    m = new TimexMeaning { Literal = "PAST_REF" };
                    return p + 2;
                }
                if (Word(p - 1, "for") || Word(p - 1, "within") || (Word(p - 1, "in") && !IsContentWord(p + 1)) || Word(p - 1, "over") && !Word(p + 1, "of"))
                {
                    m = new TimexMeaning { Type = TimexType.DURATION, DurationUnit = a.Unit };
                    return p + 1;
                }
            }
            if (!withThe && a.Kind == AtomKind.Unit && a.Has(AtomFlags.Plural) && a.Unit is TimeUnit.Hour or TimeUnit.Minute
                && (Word(p - 1, "for") || Word(p - 1, "within") || (Kind(p + 1) == AtomKind.Shift && !At(p + 1).Has(AtomFlags.Ambiguous))))
            {
                // "for hours", "within hours", "hours after the blast", "minutes later": a vague stretch of the clock.
                m = new TimexMeaning { Type = TimexType.DURATION, DurationUnit = a.Unit };
                return p + 1;
            }
            return -1;
        }
        if ((Word(afterAmt, "to") || Word(afterAmt, "or")) && !withThe && ReadAmount(afterAmt + 1, out var upper, out var afterUpper)
            && upper > amount && Unit(afterUpper, out var rangeUnit, out var rangeEnd) && Kind(afterUpper) != AtomKind.Hyphen
            && !(Kind(rangeEnd) is AtomKind.Ago or AtomKind.Shift))
        {
            // "two to three years", "four or five days": one stretch, valued by its lower bound.
            m = new TimexMeaning { Type = TimexType.DURATION, Amount = amount, DurationUnit = rangeUnit };
            return rangeEnd;
        }
        if (!Unit(afterAmt, out var durationUnit, out var end))
        {
            return -1;
        }
        if (IsAge(end) || (Kind(start - 1) == AtomKind.Age && At(start - 1).Value == 2))
        {
            return -1;
        }
        if (Kind(afterAmt) == AtomKind.Hyphen && IsCapitalized(p) && IsNamedAfter(end))
        {
            // "the Six-Day War", "the Hundred-Year Plan": a name.
            return -1;
        }
        if ((withThe && Kind(afterAmt) == AtomKind.Hyphen) || (IsA(p) && Word(end - 1, "long")))
        {
            // "the 45-day bill": the article belongs to the noun, the duration is "45-day".
            return -1;
        }
        // "$5 billion a year", "10 hours a day", "twice a week" (the latter in Set).
        if (IsA(p) && !withThe && (IsQuantityBefore(p - 1) || Word(p - 1, "per") || IsCountedNounBefore(p - 1)) && !IsShiftWord(end))
        {
            m = new TimexMeaning { Type = TimexType.SET, Literal = TimexValueFormat.Duration(1, durationUnit) };
            return end;
        }
        m = new TimexMeaning { Type = TimexType.DURATION, Amount = amount, DurationUnit = durationUnit };
        // "three years ago", "two days later", "a year earlier", "two weeks from now"
        var shift = At(end);
        if (shift.Kind == AtomKind.Ago || (shift.Kind == AtomKind.Shift && !shift.Has(AtomFlags.Plural) && !(Word(end, "later") && (Word(end + 1, "this") || Word(end + 1, "in"))))
            || (shift.Kind == AtomKind.Shift && shift.Has(AtomFlags.Plural) && !IsContentWord(end + 1))
            || (Word(end, "from") && Word(end + 1, "now")))
        {
            var sign = shift.Kind == AtomKind.Ago ? -1 : shift.Kind == AtomKind.Shift ? shift.Value : 1;
            var unitGrain = durationUnit == TimeUnit.Fortnight ? TimeUnit.Week : durationUnit;
            var steps = durationUnit == TimeUnit.Fortnight ? 2m * (amount ?? 0) : amount ?? 0;
            var spanEnd = Word(end, "from") ? end + 2 : end + 1;
            if (amount is null || steps != decimal.Truncate(steps) || unitGrain.IsClock())
            {
                m = new TimexMeaning { Literal = sign < 0 ? "PAST_REF" : "FUTURE_REF" };
                return spanEnd;
            }
            m = new TimexMeaning
            {
                ShiftUnit = unitGrain,
                Shift = sign * (int)Math.Min(steps, 100_000),
                // "later"/"earlier"/"before"/"after" count from the last date mentioned; "ago"/"from now" from the document date.
                Anaphoric = shift.Kind == AtomKind.Shift && !Word(end, "hence"),
                ReferenceGranularity = amount == 1 && IsA(p) && unitGrain == TimeUnit.Year,
            };
            return spanEnd;
        }
        if (Kind(end) == AtomKind.And && IsA(end + 1) && Kind(end + 2) == AtomKind.Half && amount is { } whole)
        {
            // "a year and a half"
            m.Amount = whole + 0.5m;
            end += 3;
        }
        return end;
    }

    /// <summary>
    /// An amount before a unit: "three", "18", "1.5", "twenty-five", "a", "a few", "a couple of", "several",
    /// "one and a half", "half a", "a dozen". Null amount for vague ones.
    /// </summary>
    private bool ReadAmount(int p, out decimal? amount, out int end)
    {
        amount = null;
        end = p;
        var a = At(p);
        if (a.Kind == AtomKind.Half)
        {
            // "half an hour", "half a century"
            if (IsA(p + 1))
            {
                amount = 0.5m;
                end = p + 2;
                return true;
            }
            return false;
        }
        if (IsA(p))
        {
            var b = At(p + 1);
            if (b.Kind == AtomKind.Number && b.Value < 0)
            {
                // "a few", "a couple of"
                end = Kind(p + 2) == AtomKind.Of ? p + 3 : p + 2;
                return true;
            }
            if (b.Kind == AtomKind.Number && b.Value == 12)
            {
                amount = 12;
                end = p + 2;
                return true;
            }
            if (b.Kind == AtomKind.Half)
            {
                amount = 0.5m;
                end = p + 2;
                return true;
            }
            amount = 1;
            end = p + 1;
            return true;
        }
        if (a.Kind == AtomKind.Number)
        {
            if (a.Value < 0)
            {
                end = Kind(p + 1) == AtomKind.Of ? p + 2 : p + 1;
                return true;
            }
            decimal value = a.Value;
            if (a.Extra == -1 && decimal.TryParse(TextOf(p), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var dec))
            {
                value = dec;
            }
            end = p + 1;
            if (!a.Has(AtomFlags.Digits))
            {
                // "twenty-five", "twenty five", "one hundred"
                if (a.Value >= 20 && a.Value < 100 && a.Value % 10 == 0)
                {
                    var q = Kind(end) == AtomKind.Hyphen ? end + 1 : end;
                    if (At(q) is { Kind: AtomKind.Number } ones && !ones.Has(AtomFlags.Digits) && ones.Value is >= 1 and <= 9)
                    {
                        value += ones.Value;
                        end = q + 1;
                    }
                }
                if (At(end) is { Kind: AtomKind.Number, Value: 100 or 1000 } scale && !scale.Has(AtomFlags.Digits))
                {
                    value *= scale.Value;
                    end++;
                }
                if (value == 12 && a.Value == 12 && Word(p, "dozen"))
                {
                    return false;
                }
            }
            // "one and a half"
            if (Kind(end) == AtomKind.And && IsA(end + 1) && Kind(end + 2) == AtomKind.Half)
            {
                value += 0.5m;
                end += 3;
            }
            amount = value;
            return true;
        }
        return false;
    }

    /// <summary>A unit after an amount, optionally hyphenated ("two-year"); clock units only when plural or after a number.</summary>
    private bool Unit(int p, out TimeUnit unit, out int end)
    {
        unit = TimeUnit.None;
        end = p;
        var q = p;
        if (Kind(q) == AtomKind.Hyphen)
        {
            q++;
        }
        var u = At(q);
        if (u.Kind != AtomKind.Unit)
        {
            return false;
        }
        if (u.Has(AtomFlags.Ambiguous) && !u.Has(AtomFlags.Plural) && (IsA(q - 1) || Kind(q - 1) == AtomKind.Article))
        {
            // "a second term", "a quarter of the vote", "a min"
            return false;
        }
        if (u.Unit == TimeUnit.Quarter && Kind(q + 1) == AtomKind.Of)
        {
            return false;
        }
        unit = u.Unit;
        end = q + 1;
        // "two-year-long", "three-day-long"
        if (Kind(end) == AtomKind.Hyphen && Word(end + 1, "long"))
        {
            end += 2;
        }
        return true;
    }

    /// <summary>"old" after a duration: "three years old", "a 15-year-old".</summary>
    private bool IsAge(int end)
    {
        var q = Kind(end) == AtomKind.Hyphen ? end + 1 : end;
        return At(q) is { Kind: AtomKind.Age } age && age.Value <= 1;
    }

    /// <summary>A number or amount word just before "a year"/"a day" makes it a rate ("$5 billion a year", "10 hours a day").</summary>
    private bool IsQuantityBefore(int i)
    {
        if (i < _sentenceStart)
        {
            return false;
        }
        var a = At(i);
        if (a.Kind is AtomKind.MeasureWord || (a.Kind == AtomKind.Number && a.Has(AtomFlags.Digits)) || a.Kind == AtomKind.Times)
        {
            return true;
        }
        if (a.Kind == AtomKind.Unit && a.Has(AtomFlags.Plural))
        {
            return true;
        }
        var t = TextOf(i);
        return t.Length > 0 && char.IsDigit(t[0]);
    }

    /// <summary>"2,000 families a week", "500 meals a day": a count and its noun before "a week" make it a rate.</summary>
    private bool IsCountedNounBefore(int i) =>
        i - 1 >= _sentenceStart && At(i).Kind == AtomKind.None && IsContentWord(i) && char.IsLower(TextOf(i)[0])
        && (At(i - 1) is { Kind: AtomKind.Number } n && n.Has(AtomFlags.Digits) || TextOf(i - 1) is { IsEmpty: false } t && char.IsDigit(t[0]));

    /// <summary>"a year earlier", "a day after", "a week ago": the amount counts from a date, it is not a rate.</summary>
    private bool IsShiftWord(int i) => Kind(i) is AtomKind.Ago or AtomKind.Shift;

    /// <summary>"last" after a modal, "to" or "not" is the verb ("would last 48 hours", "expected to last three days").</summary>
    private bool IsVerbLast(int p) =>
        Word(p - 1, "will") || Word(p - 1, "would") || Word(p - 1, "could") || Word(p - 1, "can") || Word(p - 1, "may")
        || Word(p - 1, "might") || Word(p - 1, "should") || Word(p - 1, "must") || Word(p - 1, "to") || Word(p - 1, "not")
        || Word(p - 1, "n't") || Word(p - 1, "'ll") || Word(p - 1, "did") || Word(p - 1, "does");
}
