using OnRecord.Core.Annotations;

namespace OnRecord.Extraction.Time;

internal ref partial struct TimexParser
{
    /// <summary>
    /// "the year to March", "the quarter ended Sept. 30", "the six months through June": a stretch measured back from
    /// the date after it, so a DURATION (the date is its own expression), not the current year or quarter.
    /// </summary>
    private int StretchTo(int p, out TimexMeaning? m)
    {
        m = null;
        if (!IsThe(p))
        {
            return -1;
        }
        if (FirstMonthsOfYear(p, out m) is var firstEnd and > 0)
        {
            return firstEnd;
        }
        var q = p + 1;
        decimal amount = 1;
        if (At(q) is { Kind: AtomKind.Number } n && n.Value > 1 && n.Value <= 24)
        {
            amount = n.Value;
            q++;
        }
        if (At(q) is not { Kind: AtomKind.Unit } u || u.Unit is not (TimeUnit.Year or TimeUnit.Quarter or TimeUnit.Month or TimeUnit.Week)
            || u.Has(AtomFlags.Plural) != (amount > 1))
        {
            return -1;
        }
        var link = q + 1;
        if (!(Word(link, "to") || Word(link, "ended") || Word(link, "ending") || Word(link, "through") || Word(link, "thru")))
        {
            return -1;
        }
        var date = Kind(link + 1);
        if (!(date is AtomKind.Month or AtomKind.IsoDate || (date == AtomKind.Weekday && !Word(link, "to"))))
        {
            return -1;
        }
        m = u.Unit == TimeUnit.Quarter
            ? new TimexMeaning { Type = TimexType.DURATION, Amount = amount * 3, DurationUnit = TimeUnit.Month }
            : new TimexMeaning { Type = TimexType.DURATION, Amount = amount, DurationUnit = u.Unit };
        return q + 1;
    }

    /// <summary>"the first nine months of the year", "the first two months of 2024": one DURATION over the whole phrase.</summary>
    private int FirstMonthsOfYear(int p, out TimexMeaning? m)
    {
        m = null;
        if (!Word(p + 1, "first") || At(p + 2) is not { Kind: AtomKind.Number } n || n.Value is < 2 or > 11
            || At(p + 3) is not { Kind: AtomKind.Unit, Unit: TimeUnit.Month } || !Word(p + 4, "of"))
        {
            return -1;
        }
        var y = p + 5;
        int end;
        if (Kind(y) == AtomKind.Year)
        {
            end = y + 1;
        }
        else if ((IsThe(y) || Word(y, "this") || Word(y, "last")) && At(y + 1) is { Kind: AtomKind.Unit, Unit: TimeUnit.Year } year && !year.Has(AtomFlags.Plural))
        {
            end = y + 2;
        }
        else
        {
            return -1;
        }
        m = new TimexMeaning { Type = TimexType.DURATION, Amount = n.Value, DurationUnit = TimeUnit.Month };
        return end;
    }
}
