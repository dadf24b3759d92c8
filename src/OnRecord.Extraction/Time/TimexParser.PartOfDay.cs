using OnRecord.Core.Annotations;

namespace OnRecord.Extraction.Time;

/// <summary>
/// A part of day on its own: "early morning", "late afternoon", "in the evening", "the morning of March 5".
/// It belongs to the day last talked about, or the document date.
/// </summary>
internal ref partial struct TimexParser
{
    private int PartOfDayAlone(int p, out TimexMeaning? m)
    {
        m = null;
        var q = p;
        var the = IsThe(q);
        if (the)
        {
            q++;
        }
        var mod = TimexMod.None;
        var part = Kind(p - 1) == AtomKind.PartWord && At(p - 1).Value == 0;
        if (At(q) is { Kind: AtomKind.PartWord, Value: 0 } word && Kind(q + 1) == AtomKind.PartOfDay)
        {
            part = true;
            mod = word.Mod;
            q++;
        }
        if (At(q) is not { Kind: AtomKind.PartOfDay } pod || pod.Has(AtomFlags.Plural) || pod.Value > 4)
        {
            return -1;
        }
        var end = q + 1;
        if (!part && !(the && (Word(p - 1, "in") || Word(p - 1, "during") || Word(p - 1, "by") || Kind(end) == AtomKind.Of)))
        {
            return -1;
        }
        if (Kind(end) == AtomKind.Of)
        {
            // "the morning of March 5"; "the evening of his life" is no time.
            if (CalendarDate(end + 1, out var day) is var dayEnd and > 0 && day is { IsDay: true })
            {
                day.PartOfDay = pod.Value;
                day.Type = TimexType.TIME;
                day.Mod = mod;
                m = day;
                return dayEnd;
            }
            return -1;
        }
        if (IsCompoundNoun(end) || Kind(end) is AtomKind.PartOfDay or AtomKind.Unit)
        {
            // "the evening news", "early morning raids"
            return -1;
        }
        m = new TimexMeaning { ShiftUnit = TimeUnit.Day, PartOfDay = pod.Value, Type = TimexType.TIME, Anaphoric = true, Mod = mod };
        return end;
    }
}
