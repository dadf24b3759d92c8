using System.Globalization;
using OnRecord.Core.Errors;

namespace OnRecord.Readers.Formats;

public static class DateParsing
{
    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm:ssK",
    ];

    /// <summary>Parses <c>YYYY-MM-DD</c> or an ISO 8601 date-time (its calendar date is kept).</summary>
    public static bool TryParse(ReadOnlySpan<char> value, out DateOnly date)
    {
        value = value.Trim();
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }
        if (DateTimeOffset.TryParseExact(value, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto))
        {
            date = DateOnly.FromDateTime(dto.DateTime);
            return true;
        }
        return false;
    }

    public static DateOnly Parse(string value, string location) =>
        TryParse(value, out var date)
            ? date
            : throw new OnRecordException(ErrorCode.UnknownDateFormat, $"{location}: unknown date format '{Truncate(value)}' (expected YYYY-MM-DD)");

    internal static string Truncate(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
