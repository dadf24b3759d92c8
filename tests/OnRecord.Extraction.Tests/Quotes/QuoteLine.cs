using System.Text;
using System.Text.RegularExpressions;
using OnRecord.Core.Annotations;
using OnRecord.Core.Documents;
using OnRecord.Core.Serialization;

namespace OnRecord.Extraction.Tests.Quotes;

/// <summary>
/// A quotation as written in tests/Specs/quotes.md (<c>direct "…" speaker=… cue=… mention=… role=…</c>),
/// parsed from the spec or rendered from a found <see cref="Quote"/>. Content is compared without
/// quotation marks, runs of spaces or final punctuation.
/// </summary>
public sealed partial record QuoteLine(string Kind, string Content, string? Speaker, string? Cue, string? Mention, string? Role)
{
    public static QuoteLine Parse(string line)
    {
        var m = Pattern().Match(line);
        Assert.True(m.Success, $"spec line does not read as a quotation: {line}");
        string? Group(string name) => m.Groups[name].Success ? m.Groups[name].Value : null;
        return new QuoteLine(m.Groups["kind"].Value, Normalize(m.Groups["content"].Value), Group("speaker"), Group("cue"), Group("mention"), Group("role"));
    }

    public static QuoteLine From(Document d, Quote q)
    {
        var pieces = q.Fragments.IsEmpty ? [q.Content] : q.Fragments;
        var content = string.Join(" … ", pieces.Select(f => Normalize(d.TextOf(f))));
        return new QuoteLine(DocumentJsonWriter.KindName(q.Kind), content, q.Speaker?.Canonical, q.Cue is { } c ? d.TextOf(c) : null,
            q.Speaker is { } s ? d.TextOf(s.Mention) : null, q.Speaker?.Role);
    }

    /// <summary>Whether <paramref name="actual"/> agrees with this expectation on every field the expectation gives.</summary>
    public bool Matches(QuoteLine actual) =>
        Kind == actual.Kind && Content == actual.Content && Speaker == actual.Speaker && Cue == actual.Cue
        && (Mention is null || Mention == actual.Mention) && (Role is null || Role == actual.Role);

    public override string ToString()
    {
        var s = new StringBuilder($"{Kind} \"{Content}\" speaker={Speaker} cue={Cue}");
        if (Mention is not null)
        {
            s.Append($" mention={Mention}");
        }
        if (Role is not null)
        {
            s.Append($" role={Role}");
        }
        return s.ToString();
    }

    private static string Normalize(string text)
    {
        var s = new StringBuilder();
        foreach (var c in text)
        {
            if (c is '"' or '“' or '”' or '«' or '»' or '„')
            {
                continue;
            }
            s.Append(char.IsWhiteSpace(c) ? ' ' : c);
        }
        var t = MultipleSpaces().Replace(s.ToString(), " ").Trim().Trim('\'');
        return t.TrimEnd('.', ',', ';', ':', '!', '?', ' ', '\'');
    }

    [GeneratedRegex("""^(?<kind>direct|indirect|mixed) "(?<content>.*)" speaker=(?<speaker>.+?) cue=(?<cue>.+?)(?: mention=(?<mention>.+?))?(?: role=(?<role>.+?))?$""")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex MultipleSpaces();
}
