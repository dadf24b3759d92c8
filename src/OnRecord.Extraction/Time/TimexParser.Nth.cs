using OnRecord.Core.Annotations;

namespace OnRecord.Extraction.Time;

/// <summary>A counted part of a month or year: "the first week of 2019", "the last week of July", "the first Monday of March", "the last day of next month".</summary>
internal ref partial struct TimexParser
{
    private int NthOfPeriod(int p, out TimexMeaning? m)
    {
        m = null;
        var nth = Kind(p) == AtomKind.Ordinal ? At(p).Value : Word(p, "last") ? -1 : 0;
        if (nth is 0 or > 5)
        {
            return -1;
        }
        var q = p + 1;
        var unit = At(q);
        var meaning = new TimexMeaning { Nth = nth };
        if (unit.Kind == AtomKind.Weekday && !unit.Has(AtomFlags.Plural) && !unit.Has(AtomFlags.Ambiguous))
        {
            meaning.Weekday = unit.Value;
            meaning.NthUnit = TimeUnit.Day;
        }
        else if (unit.Kind == AtomKind.Unit && !unit.Has(AtomFlags.Plural) && unit.Unit is TimeUnit.Week or TimeUnit.Day)
        {
            meaning.NthUnit = unit.Unit;
        }
        else
        {
            return -1;
        }
        q++;
        if (!(Kind(q) == AtomKind.Of || Word(q, "in")))
        {
            return -1;
        }
        q++;
        if (Kind(q) == AtomKind.Month && MonthDate(q, out var month) is var monthEnd and > 0 && month!.Day == 0 && month.Mod == TimexMod.None)
        {
            meaning.Month = month.Month;
            meaning.Year = month.Year;
            m = meaning;
            return monthEnd;
        }
        if (meaning.Weekday == 0 && IsYear(q, out var year) && !(Kind(q + 1) is AtomKind.Unit or AtomKind.MeasureWord))
        {
            meaning.Year = year;
            m = meaning;
            return q + 1;
        }
        // "of next month", "of the following year", "of this year"
        var r = IsThe(q) ? q + 1 : q;
        if (At(r) is { Kind: AtomKind.Relative } rel && !rel.Has(AtomFlags.Ambiguous) && At(r + 1) is { Kind: AtomKind.Unit } u
            && !u.Has(AtomFlags.Plural) && (u.Unit == TimeUnit.Month || (u.Unit == TimeUnit.Year && meaning.Weekday == 0)))
        {
            meaning.ShiftUnit = u.Unit;
            meaning.Shift = rel.Value;
            m = meaning;
            return r + 2;
        }
        return -1;
    }
}
