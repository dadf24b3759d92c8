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
        var explicitMeridiem = false;
        if (PastTheHour(p, out var offset, out var hourAt))
        {
            // "half past three", "a quarter to 4 pm", "20 minutes past noon"
            if (ClockTime(hourAt, out var hour) is var hourEnd and > 0 && hour is not null && hour.Minutes % 60 == 0)
            {
                m = new TimexMeaning { Type = TimexType.TIME, Minutes = (hour.Minutes + offset + 24 * 60) % (24 * 60), ExplicitMeridiem = hour.ExplicitMeridiem };
                return hourEnd;
            }
            if (At(hourAt) is { Kind: AtomKind.Number } h && h.Value is >= 1 and <= 12)
            {
                var q = hourAt + 1;
                var meridiem = Kind(q) == AtomKind.Meridiem ? At(q).Value : -1;
                if (meridiem < 0 && offset < 0 && Kind(p) == AtomKind.Number && Kind(p + 1) != AtomKind.Unit)
                {
                    // "two to four" is a range of numbers, not 3:58; "ten to four p.m." is a time.
                    return -1;
                }
                var baseMinutes = (h.Value % 12 + Math.Max(meridiem, 0)) * 60;
                m = new TimexMeaning { Type = TimexType.TIME, Minutes = (baseMinutes + offset + 24 * 60) % (24 * 60), ExplicitMeridiem = meridiem >= 0 };
                return meridiem >= 0 ? q + 1 : q;
            }
            return -1;
        }
        if (a.Kind == AtomKind.Clock)
        {
            minutes = a.Value;
            explicitMeridiem = a.Extra == 1;
            if (a.Extra == 0 && a.Has(AtomFlags.Digits) && At(end) is { Kind: AtomKind.Meridiem } mer && minutes < 13 * 60)
            {
                minutes = (minutes / 60 % 12 + mer.Value) * 60 + minutes % 60;
                explicitMeridiem = true;
                end++;
            }
        }
        else if (a.Kind == AtomKind.Number && a.Extra == -1 && a.Value is >= 1 and <= 12 && At(end) is { Kind: AtomKind.Meridiem } mer4
            && TextOf(p) is { Length: 4 or 5 } dotted && dotted[^3] == '.')
        {
            // British "8.30 pm"
            minutes = (a.Value % 12 + mer4.Value) * 60 + (dotted[^2] - '0') * 10 + (dotted[^1] - '0');
            explicitMeridiem = true;
            end++;
        }
        else if (a.Kind == AtomKind.Number && a.Value is >= 0 and <= 12 && a.Extra != -1 && At(end) is { Kind: AtomKind.Meridiem } mer2
            && (!mer2.Has(AtomFlags.Ambiguous) || a.Has(AtomFlags.Digits)))
        {
            minutes = (a.Value % 12 + mer2.Value) * 60;
            explicitMeridiem = true;
            end++;
        }
        else if (a.Kind == AtomKind.Number && a.Value is >= 1 and <= 12 && Kind(end) == AtomKind.OClock)
        {
            minutes = a.Value * 60;
            end++;
            if (At(end) is { Kind: AtomKind.Meridiem } mer3)
            {
                minutes = (a.Value % 12 + mer3.Value) * 60;
                explicitMeridiem = true;
                end++;
            }
        }
        else if (a.Kind is AtomKind.Number or AtomKind.Year && a.Has(AtomFlags.Digits) && TextOf(p).Length == 4
            && (Kind(end) == AtomKind.Zone || (Kind(end) == AtomKind.Local && Kind(end + 1) == AtomKind.Time))
            && a.Value / 100 <= 24 && a.Value % 100 < 60)
        {
            // Wire style: "1030 GMT", "0600 local time"
            minutes = a.Value / 100 * 60 + a.Value % 100;
            explicitMeridiem = true;
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
        m = new TimexMeaning { Type = TimexType.TIME, Minutes = minutes, ExplicitMeridiem = explicitMeridiem || minutes >= 13 * 60 || a.Kind == AtomKind.Clock && !a.Has(AtomFlags.Digits) };
        return end;
    }

    /// <summary>"half past", "a quarter to", "quarter past", "20 past", "10 minutes to": the offset in minutes and where the hour starts.</summary>
    private bool PastTheHour(int p, out int offset, out int hourAt)
    {
        offset = 0;
        hourAt = -1;
        var q = p;
        if (At(q).Kind == AtomKind.Half)
        {
            offset = 30;
            q++;
        }
        else if ((IsA(q) && Word(q + 1, "quarter")) || Word(q, "quarter"))
        {
            offset = 15;
            q += IsA(q) ? 2 : 1;
        }
        else if (At(q) is { Kind: AtomKind.Number } n && n.Value is >= 1 and <= 59 && n.Extra != -1)
        {
            offset = n.Value;
            q++;
            if (At(q) is { Kind: AtomKind.Unit } u && u.Unit == TimeUnit.Minute)
            {
                q++;
            }
        }
        else
        {
            return false;
        }
        if (Word(q, "past"))
        {
            hourAt = q + 1;
            return true;
        }
        if (Word(q, "to") || Word(q, "till"))
        {
            offset = -offset;
            hourAt = q + 1;
            return offset != -30;
        }
        return false;
    }
}
