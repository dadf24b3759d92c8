using System.Globalization;

namespace OnRecord.Extraction.Time.Evaluation;

/// <summary>
/// Whether a system value equals a gold value up to spelling: <c>T18</c> = <c>T18:00</c>, <c>P1Q</c> = <c>P3M</c>,
/// <c>P1DE</c> = <c>P10Y</c>; a gold time without a date (<c>T07:00</c>) matches any value with that time of day.
/// </summary>
public static class TimexValueMatch
{
    public static bool Matches(string system, IReadOnlyList<string> gold)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(gold);
        var s = Canonical(system);
        foreach (var g in gold)
        {
            var c = Canonical(g);
            if (c == s)
            {
                return true;
            }
            if (c.StartsWith('T') && s.Length > c.Length && s.EndsWith(c, StringComparison.Ordinal) && s[^(c.Length + 1)] != 'P')
            {
                return true;
            }
        }
        return false;
    }

    public static string Canonical(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.StartsWith('P') && value.Length > 2 && value != "PAST_REF" && value != "PRESENT_REF")
        {
            return Duration(value);
        }
        var t = value.IndexOf('T', StringComparison.Ordinal);
        if (t >= 0 && value.Length - t == 3 && char.IsDigit(value[t + 1]) && char.IsDigit(value[t + 2]))
        {
            return value + ":00";
        }
        if (t >= 0 && value.Length - t == 9 && value.EndsWith(":00", StringComparison.Ordinal) && value[t + 3] == ':')
        {
            return value[..^3];
        }
        return value;
    }

    /// <summary>Rewrites coarse duration units in months or years so that equal lengths compare equal.</summary>
    private static string Duration(string value)
    {
        if (value.StartsWith("PT", StringComparison.Ordinal))
        {
            return value;
        }
        var body = value[1..];
        var i = 0;
        while (i < body.Length && (char.IsDigit(body[i]) || body[i] == '.'))
        {
            i++;
        }
        if (i == 0 || !decimal.TryParse(body[..i], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n))
        {
            return value;
        }
        var unit = body[i..];
        (decimal factor, string letter) = unit switch
        {
            "Q" => (3m, "M"),
            "DE" => (10m, "Y"),
            "CE" => (100m, "Y"),
            "ML" => (1000m, "Y"),
            _ => (1m, unit),
        };
        return "P" + (n * factor).ToString("0.##", CultureInfo.InvariantCulture) + letter;
    }
}
