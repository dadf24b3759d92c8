using OnRecord.Core.Annotations;

namespace OnRecord.Extraction.Time;

/// <summary>Sets: "every Monday", "each year", "every two years", "annually", "twice a week", "three times a year".</summary>
internal ref partial struct TimexParser
{
    private int Set(int p, out TimexMeaning? m)
    {
        m = null;
        var a = At(p);
        switch (a.Kind)
        {
            case AtomKind.Every:
                return EverySet(p, out m);
            case AtomKind.SetAdverb when !(IsCapitalized(p) && p > _sentenceStart):
                m = new TimexMeaning
                {
                    Type = TimexType.SET,
                    Literal = a.Has(AtomFlags.Plural) ? "XXXX-XX-XXTNI" : a.Unit == TimeUnit.Quarter ? "P3M" : TimexValueFormat.Duration(1, a.Unit),
                };
                return p + 1;
            case AtomKind.Times:
                return TimesSet(p, p, out m);
            case AtomKind.Number when Kind(p + 1) == AtomKind.Times:
                return TimesSet(p, p + 1, out m);
            default:
                return -1;
        }
    }

    /// <summary>"every day", "each year", "every two years", "every Monday", "every March", "every summer", "every morning".</summary>
    private int EverySet(int p, out TimexMeaning? m)
    {
        m = null;
        var q = p + 1;
        decimal amount = 1;
        if (At(q) is { Kind: AtomKind.Number } n && n.Value > 0)
        {
            amount = n.Value;
            q++;
        }
        else if (At(q) is { Kind: AtomKind.Ordinal, Value: 2 } || Word(q, "other"))
        {
            // "every second year"
            amount = 2;
            q++;
        }
        if (Kind(q) == AtomKind.Hyphen)
        {
            q++;
        }
        var b = At(q);
        string? value = b.Kind switch
        {
            AtomKind.Unit when !b.Unit.IsClock() || amount != 1 || !b.Has(AtomFlags.Ambiguous) => TimexValueFormat.Duration(amount, b.Unit),
            AtomKind.Weekday when amount <= 2 => "XXXX-WXX-" + b.Value,
            AtomKind.Month when amount == 1 => TimexValueFormat.Month(0, b.Value),
            AtomKind.Season when amount == 1 => TimexValueFormat.Season(0, b.Value),
            AtomKind.PartOfDay when amount == 1 => "XXXX-XX-XXT" + TimeLexicon.PartOfDayCodes[b.Value],
            _ => null,
        };
        if (value is null)
        {
            return -1;
        }
        m = new TimexMeaning { Type = TimexType.SET, Literal = value };
        return q + 1;
    }

    /// <summary>"once a week", "twice a year", "three times a month", "four times per year".</summary>
    private int TimesSet(int p, int times, out TimexMeaning? m)
    {
        m = null;
        var q = times + 1;
        if (!IsA(q) && Kind(q) != AtomKind.Per)
        {
            return -1;
        }
        if (At(q + 1) is not { Kind: AtomKind.Unit } u || u.Has(AtomFlags.Plural))
        {
            return -1;
        }
        _ = p;
        m = new TimexMeaning { Type = TimexType.SET, Literal = TimexValueFormat.Duration(1, u.Unit) };
        return q + 2;
    }

    /// <summary>"every Tuesday at 9 a.m.", "Mondays at 10", "each day at noon": the clock time joins the set.</summary>
    private int SetAtClock(int end, TimexMeaning set)
    {
        if (set.Literal is not { } literal || SetDay(literal) is not { } day || !Word(end, "at"))
        {
            return end;
        }
        if (ClockTime(end + 1, out var clock) is var clockEnd and > 0 && clock is { Minutes: >= 0 })
        {
            set.Literal = day + TimexValueFormat.TimeOfDay(clock.Minutes, 0);
            return clockEnd;
        }
        var q = end + 1;
        if (At(q) is { Kind: AtomKind.Number } bare && bare.Value is >= 1 and <= 12 && bare.Extra != -1
            && !(Kind(q + 1) is AtomKind.Unit or AtomKind.MeasureWord or AtomKind.Meridiem or AtomKind.OClock) && !IsContentWord(q + 1))
        {
            // "Saturdays at 10": a bare hour.
            set.Literal = day + TimexValueFormat.TimeOfDay(bare.Value * 60, 0);
            return q + 1;
        }
        return end;
    }

    /// <summary>The day part of a daily or weekly set a clock time can join ("XXXX-WXX-2", "XXXX-XX-XX" for "every day"), or null.</summary>
    private static string? SetDay(string literal) => literal switch
    {
        "P1D" => "XXXX-XX-XX",
        _ when literal.StartsWith("XXXX-WXX-", StringComparison.Ordinal) && literal.Length == 10 => literal,
        _ => null,
    };
}
