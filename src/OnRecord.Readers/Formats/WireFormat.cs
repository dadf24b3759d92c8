using System.Text.RegularExpressions;
using OnRecord.Core.Documents;
using OnRecord.Core.Errors;

namespace OnRecord.Readers.Formats;

/// <summary>
/// The wire-story layout: <c>date YYYY-MM-DD</c>, an upper-case dateline place, <c> - </c>, the body,
/// and a trailing agency credit (<c>REUTERS</c>). Header and credit become metadata; the body range excludes them.
/// </summary>
public static partial class WireFormat
{
    [GeneratedRegex(@"\A\s*date\s+(?<date>\S+)\s+(?:(?<place>\p{Lu}[\p{Lu}\p{M}\d .,'’/&()-]*?)\s+[-–—]{1,2}\s+)?", RegexOptions.CultureInvariant)]
    private static partial Regex Header();

    [GeneratedRegex(@"(?<=[.!?”""’)\]…])\s+(?<credit>\p{Lu}[\p{Lu}&/]*(?:[ .-]\p{Lu}[\p{Lu}&]*){0,3})\s*\z", RegexOptions.CultureInvariant)]
    private static partial Regex Credit();

    [GeneratedRegex(@"\A\s*date\s", RegexOptions.CultureInvariant)]
    private static partial Regex HeaderStart();

    /// <summary>True when the text opens with the wire header <c>date …</c>.</summary>
    public static bool Matches(string text) => HeaderStart().IsMatch(text);

    public static Document Parse(string id, string text, string location)
    {
        var header = Header().Match(text);
        if (!header.Success)
        {
            throw new OnRecordException(ErrorCode.UnknownDateFormat, $"{location}: wire header 'date …' is not followed by a date");
        }
        var date = DateParsing.Parse(header.Groups["date"].Value, location);
        var place = header.Groups["place"].Success ? header.Groups["place"].Value.Trim() : null;
        var bodyStart = header.Index + header.Length;
        var bodyEnd = text.Length;
        string? source = null;
        var credit = Credit().Match(text, bodyStart);
        if (credit.Success && credit.Index > bodyStart)
        {
            source = credit.Groups["credit"].Value;
            bodyEnd = credit.Index;
        }
        while (bodyEnd > bodyStart && char.IsWhiteSpace(text[bodyEnd - 1]))
        {
            bodyEnd--;
        }
        if (bodyEnd <= bodyStart)
        {
            throw new OnRecordException(ErrorCode.EmptyDocument, $"{location}: wire story has a header but no body");
        }
        return new Document(id, text, new TextRange(bodyStart, bodyEnd))
        {
            Date = date,
            Dateline = place,
            Source = source,
        };
    }
}
