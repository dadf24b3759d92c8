namespace OnRecord.Extraction.Time;

/// <summary>
/// Classifies one token for the time grammar: a lexicon word, or a written form with digits
/// ("2024-03-06", "10:30", "10am", "1990s", "'90s", "6th", "Q3", "FY2024", "mid-2023", "mid-March").
/// </summary>
internal static class TimeAtomizer
{
    public static TimeAtom Classify(ReadOnlySpan<char> token)
    {
        if (token.IsEmpty)
        {
            return default;
        }
        var capitalized = char.IsUpper(token[0]) ? AtomFlags.Capitalized : AtomFlags.None;
        var first = token[0];
        if (char.IsDigit(first))
        {
            return Digits(token);
        }
        if ((first is '\'' or '’') && token.Length > 1 && char.IsDigit(token[1]))
        {
            return ShortDecade(token[1..]);
        }
        if (TimeLexicon.TryGet(token, out var atom))
        {
            return atom with { Flags = atom.Flags | capitalized };
        }
        if (token.Length > 2 && token[^1] == '.' && TimeLexicon.TryGet(token[..^1], out atom) && atom.Kind is AtomKind.Month or AtomKind.Weekday)
        {
            return atom with { Flags = (atom.Flags & ~AtomFlags.Ambiguous) | capitalized };
        }
        if ((first is 'Q' or 'q') && token.Length == 2 && token[1] is >= '1' and <= '4')
        {
            return new TimeAtom(AtomKind.QuarterCode, token[1] - '0', capitalized);
        }
        if (first == 'H' && token.Length == 2 && token[1] is '1' or '2')
        {
            return new TimeAtom(AtomKind.HalfCode, token[1] - '0', capitalized);
        }
        if (token.Length >= 4 && (first is 'F' or 'f') && (token[1] is 'Y' or 'y'))
        {
            var rest = token[2..];
            if (rest.Length > 0 && rest[0] == '-')
            {
                rest = rest[1..];
            }
            if (TryInt(rest, out var fy) && rest.Length is 2 or 4)
            {
                return new TimeAtom(AtomKind.FiscalYear, rest.Length == 2 ? 2000 + fy : fy, capitalized);
            }
        }
        var hyphen = token.IndexOf('-');
        if (hyphen > 0 && hyphen < token.Length - 1)
        {
            return Compound(token[..hyphen], token[(hyphen + 1)..], capitalized);
        }
        return default;
    }

    /// <summary>"mid-2023", "mid-March", "mid-1990s", "mid-week", "early-2020s".</summary>
    private static TimeAtom Compound(ReadOnlySpan<char> prefix, ReadOnlySpan<char> rest, AtomFlags capitalized)
    {
        if (!TimeLexicon.TryGet(prefix, out var part) || part.Kind != AtomKind.PartWord)
        {
            return default;
        }
        var inner = char.IsDigit(rest[0]) ? Digits(rest) : TimeLexicon.TryGet(rest, out var word) ? word : default;
        if (inner.Kind is AtomKind.Year or AtomKind.Month or AtomKind.Decade or AtomKind.Unit or AtomKind.Season or AtomKind.PartOfDay)
        {
            return inner with { Mod = part.Mod, Flags = (inner.Flags & ~AtomFlags.Ambiguous) | capitalized | AtomFlags.Hyphenated };
        }
        return default;
    }

    private static TimeAtom Digits(ReadOnlySpan<char> t)
    {
        var n = 0;
        while (n < t.Length && char.IsDigit(t[n]))
        {
            n++;
        }
        var head = t[..n];
        TryInt(head, out var value);
        if (n == t.Length)
        {
            if (n == 4 && value is >= 1000 and <= 2199)
            {
                return new TimeAtom(AtomKind.Year, value, AtomFlags.Digits);
            }
            return n <= 9 ? new TimeAtom(AtomKind.Number, value, AtomFlags.Digits, Extra: n) : default;
        }
        var rest = t[n..];
        if (rest.Equals("s", StringComparison.OrdinalIgnoreCase))
        {
            if (n == 4 && value % 10 == 0 && value is >= 1000 and <= 2199)
            {
                return new TimeAtom(AtomKind.Decade, value / 10, AtomFlags.Digits);
            }
            if (n == 2 && value % 10 == 0)
            {
                return ShortDecade(head);
            }
            return default;
        }
        if (n <= 2 && (rest.Equals("st", StringComparison.OrdinalIgnoreCase) || rest.Equals("nd", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("rd", StringComparison.OrdinalIgnoreCase) || rest.Equals("th", StringComparison.OrdinalIgnoreCase)))
        {
            return new TimeAtom(AtomKind.Ordinal, value, AtomFlags.Digits);
        }
        if (rest[0] is ':' or '.' && n <= 2 && rest.Length >= 3 && char.IsDigit(rest[1]) && char.IsDigit(rest[2]))
        {
            return Clock(value, rest);
        }
        if (n <= 2 && value <= 12 && Meridiem(rest) is var m and >= 0)
        {
            return new TimeAtom(AtomKind.Clock, ((value % 12) + m) * 60, AtomFlags.Digits, Extra: 1);
        }
        if (rest[0] == '.' && rest.Length > 1 && IsAllDigits(rest[1..]))
        {
            return Decimal(value);
        }
        if (n == 4 && value is >= 1000 and <= 2199 && rest.Length == 3 && rest[0] is '/' or '-' && TryInt(rest[1..], out var next)
            && IsAllDigits(rest[1..]) && next == (value + 1) % 100)
        {
            // "2024/25": a season or fiscal year that runs into the next year; TIMEX3 names it by the year it starts.
            return new TimeAtom(AtomKind.Year, value, AtomFlags.Digits);
        }
        if (rest[0] is '-' or '/' or '.' && IsoDate(t) is { } packed)
        {
            return new TimeAtom(AtomKind.IsoDate, packed, AtomFlags.Digits);
        }
        if (n == 4 && value is >= 1000 and <= 2199 && rest.Length == 1 && (rest[0] is 'Q' or 'q'))
        {
            return default;
        }
        if (n == 1 && (rest.Equals("Q", StringComparison.OrdinalIgnoreCase)) && value is >= 1 and <= 4)
        {
            return new TimeAtom(AtomKind.QuarterCode, value, AtomFlags.Digits);
        }
        return default;
    }

    /// <summary>"10:30", "10:30pm", "10.30", "10.30a.m.". Minutes after midnight; <see cref="TimeAtom.Extra"/> is 1 when a.m./p.m. was given.</summary>
    private static TimeAtom Clock(int hour, ReadOnlySpan<char> rest)
    {
        var minute = (rest[1] - '0') * 10 + (rest[2] - '0');
        if (hour > 24 || minute > 59)
        {
            return default;
        }
        var tail = rest[3..];
        if (tail.Length >= 3 && tail[0] == ':' && char.IsDigit(tail[1]) && char.IsDigit(tail[2]))
        {
            tail = tail[3..];
        }
        if (tail.IsEmpty)
        {
            // "3.45" is more often a decimal number than a time: only a colon makes a clock time on its own.
            return rest[0] == ':' ? new TimeAtom(AtomKind.Clock, hour * 60 + minute, AtomFlags.Digits) : Decimal(hour);
        }
        var m = Meridiem(tail);
        if (m < 0 || hour > 12)
        {
            return default;
        }
        return new TimeAtom(AtomKind.Clock, ((hour % 12) + m) * 60 + minute, AtomFlags.Digits, Extra: 1);
    }

    /// <summary>0 for a.m., 12 for p.m., -1 otherwise.</summary>
    internal static int Meridiem(ReadOnlySpan<char> s)
    {
        if (s.Equals("am", StringComparison.OrdinalIgnoreCase) || s.Equals("a.m.", StringComparison.OrdinalIgnoreCase) || s.Equals("a.m", StringComparison.OrdinalIgnoreCase) || s.Equals("a", StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }
        if (s.Equals("pm", StringComparison.OrdinalIgnoreCase) || s.Equals("p.m.", StringComparison.OrdinalIgnoreCase) || s.Equals("p.m", StringComparison.OrdinalIgnoreCase) || s.Equals("p", StringComparison.OrdinalIgnoreCase))
        {
            return 12;
        }
        return -1;
    }

    /// <summary>
    /// "2024-03-06", "2024/03/06", "3/6/2024" (month first, as in US news), "06.03.2024" (day first), "2/15" (month/day).
    /// Packed as year*10000 + month*100 + day, year 0 when not given.
    /// </summary>
    internal static int? IsoDate(ReadOnlySpan<char> t)
    {
        Span<int> parts = stackalloc int[3];
        Span<int> lengths = stackalloc int[3];
        var count = 0;
        var separator = '\0';
        var i = 0;
        while (i < t.Length)
        {
            var start = i;
            while (i < t.Length && char.IsDigit(t[i]))
            {
                i++;
            }
            if (i == start || count == 3)
            {
                return null;
            }
            TryInt(t[start..i], out parts[count]);
            lengths[count++] = i - start;
            if (i < t.Length)
            {
                if (separator == '\0')
                {
                    separator = t[i];
                }
                if (t[i] != separator || separator is not ('-' or '/' or '.'))
                {
                    return null;
                }
                i++;
                if (i == t.Length)
                {
                    return null;
                }
            }
        }
        int year, month, day;
        if (count == 3 && lengths[0] == 4)
        {
            (year, month, day) = (parts[0], parts[1], parts[2]);
        }
        else if (count == 3 && lengths[2] is 4 or 2 && lengths[0] <= 2 && lengths[1] <= 2)
        {
            // Two-digit years from 40 on are last century's ("03/18/40" is 1940).
            year = lengths[2] == 4 ? parts[2] : parts[2] + (parts[2] < 40 ? 2000 : 1900);
            (month, day) = separator == '.' || parts[0] > 12 ? (parts[1], parts[0]) : (parts[0], parts[1]);
        }
        else if (count == 2 && separator == '/' && lengths[0] <= 2 && lengths[1] <= 2)
        {
            (year, month, day) = (0, parts[0], parts[1]);
        }
        else if (count == 2 && separator == '-' && lengths[0] == 4 && lengths[1] == 2 && parts[1] is >= 1 and <= 12)
        {
            (year, month, day) = (parts[0], parts[1], 0);
        }
        else
        {
            return null;
        }
        if (month is < 1 or > 12 || day is < 0 or > 31 || (year != 0 && year is < 1000 or > 2199) || (day == 0 && count == 3))
        {
            return null;
        }
        return year * 10000 + month * 100 + day;
    }

    private static TimeAtom ShortDecade(ReadOnlySpan<char> t)
    {
        if (t.Length == 3 && (t[2] is 's' or 'S') && char.IsDigit(t[0]) && char.IsDigit(t[1]) && t[1] == '0')
        {
            var tens = t[0] - '0';
            return new TimeAtom(AtomKind.Decade, (tens <= 2 ? 200 : 190) + tens, AtomFlags.Digits);
        }
        if (t.Length == 2 && char.IsDigit(t[0]) && t[1] == '0')
        {
            var tens = t[0] - '0';
            return new TimeAtom(AtomKind.Decade, (tens <= 2 ? 200 : 190) + tens, AtomFlags.Digits);
        }
        if (t.Length == 2 && char.IsDigit(t[0]) && char.IsDigit(t[1]))
        {
            // "'98": a two-digit year.
            var yy = (t[0] - '0') * 10 + (t[1] - '0');
            return new TimeAtom(AtomKind.Year, yy < 50 ? 2000 + yy : 1900 + yy, AtomFlags.Digits);
        }
        return default;
    }

    /// <summary>A number with a fraction ("1.5"); <see cref="TimeAtom.Extra"/> -1 tells the grammar to read the token text.</summary>
    private static TimeAtom Decimal(int whole) => new(AtomKind.Number, whole, AtomFlags.Digits, Extra: -1);

    private static bool IsAllDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }
        return true;
    }

    private static bool TryInt(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        if (digits.IsEmpty || digits.Length > 9)
        {
            return false;
        }
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
            value = value * 10 + (c - '0');
        }
        return true;
    }
}
