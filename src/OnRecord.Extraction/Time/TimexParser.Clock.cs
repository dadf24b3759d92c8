using OnRecord.Core.Annotations;

namespace OnRecord.Extraction.Time;

/// <summary>Clock times: "10 a.m.", "10:30", "10.30pm", "10 o'clock", "noon", "midnight", "1030 GMT", "10 a.m. local time".</summary>
internal ref partial struct TimexParser
{
    private int ClockTime(int p, out TimexMeaning? m)
    {
        m = null;
        var a = At(p);
        int minutes;
        var end = p + 1;
        if (a.Kind == AtomKind.Clock)
        {
            minutes = a.Value;
            if (a.Extra == 0 && a.Has(AtomFlags.Digits) && At(end) is { Kind: AtomKind.Meridiem } mer && minutes < 13 * 60)
            {
                minutes = (minutes / 60 % 12 + mer.Value) * 60 + minutes % 60;
                end++;
            }
        }
        else if (a.Kind == AtomKind.Number && a.Value is >= 0 and <= 12 && a.Extra != -1 && At(end) is { Kind: AtomKind.Meridiem } mer2
            && (!mer2.Has(AtomFlags.Ambiguous) || a.Has(AtomFlags.Digits)))
        {
            minutes = (a.Value % 12 + mer2.Value) * 60;
            end++;
        }
        else if (a.Kind == AtomKind.Number && a.Value is >= 1 and <= 12 && Kind(end) == AtomKind.OClock)
        {
            minutes = a.Value * 60;
            end++;
        }
        else if (a.Kind is AtomKind.Number or AtomKind.Year && a.Has(AtomFlags.Digits) && TextOf(p).Length == 4 && Kind(end) == AtomKind.Zone
            && a.Value / 100 <= 24 && a.Value % 100 < 60)
        {
            // Wire style: "1030 GMT"
            minutes = a.Value / 100 * 60 + a.Value % 100;
        }
        else
        {
            return -1;
        }
        // "local time", "GMT", "(0700 GMT)" is left to its own match.
        if (Kind(end) == AtomKind.Zone)
        {
            end++;
        }
        else if (Kind(end) == AtomKind.Local && Kind(end + 1) == AtomKind.Time)
        {
            end += 2;
        }
        m = new TimexMeaning { Type = TimexType.TIME, Minutes = minutes };
        return end;
    }
}
