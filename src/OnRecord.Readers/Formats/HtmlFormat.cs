using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using OnRecord.Core.Documents;
using Document = OnRecord.Core.Documents.Document;
using OnRecord.Core.Errors;

namespace OnRecord.Readers.Formats;

/// <summary>
/// Saved article pages: the main text through SmartReader (Mozilla Readability), one paragraph per
/// block element separated by blank lines; title and publication date from the page's metadata.
/// </summary>
public static class HtmlFormat
{
    private static readonly string[] DateMetaSelectors =
    [
        "meta[property='article:published_time']", "meta[name='article:published_time']", "meta[itemprop='datePublished']",
        "meta[name='pubdate']", "meta[name='publishdate']", "meta[name='date']", "meta[name='dc.date']", "meta[name='DC.date.issued']",
        "meta[property='og:published_time']", "meta[name='sailthru.date']", "meta[name='parsely-pub-date']",
    ];

    public static bool LooksLikeHtml(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 1024)).TrimStart();
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (head.StartsWith("<", StringComparison.Ordinal) && head.Contains("<body", StringComparison.OrdinalIgnoreCase));
    }

    public static Document Parse(string id, string html, string location, string? url = null)
    {
        var parser = new HtmlParser();
        using var page = parser.ParseDocument(html);
        var article = SmartReader.Reader.ParseArticle(url ?? "https://localhost/" + Uri.EscapeDataString(id), html);
        string text;
        if (article.IsReadable && !string.IsNullOrWhiteSpace(article.Content))
        {
            using var content = parser.ParseDocument(article.Content);
            text = BlockText(content.Body);
        }
        else
        {
            text = BlockText(page.Body);
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new OnRecordException(ErrorCode.EmptyDocument, $"{location}: no article text found in the HTML page");
        }
        var title = FirstNonEmpty(
            page.QuerySelector("meta[property='og:title']")?.GetAttribute("content"),
            article.Title,
            page.Title);
        return new Document(id, text)
        {
            IsExtractedText = true,
            Title = title?.Trim(),
            Date = PublishedDate(page, article),
            Url = url ?? page.QuerySelector("link[rel='canonical']")?.GetAttribute("href")
                ?? page.QuerySelector("meta[property='og:url']")?.GetAttribute("content"),
            Source = FirstNonEmpty(page.QuerySelector("meta[property='og:site_name']")?.GetAttribute("content"))?.Trim(),
        };
    }

    private static DateOnly? PublishedDate(IDocument page, SmartReader.Article article)
    {
        foreach (var selector in DateMetaSelectors)
        {
            var value = page.QuerySelector(selector)?.GetAttribute("content");
            if (value is not null && DateParsing.TryParse(value, out var date))
            {
                return date;
            }
        }
        foreach (var script in page.QuerySelectorAll("script[type='application/ld+json']"))
        {
            if (JsonLdDate(script.TextContent) is { } date)
            {
                return date;
            }
        }
        var time = page.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        if (time is not null && DateParsing.TryParse(time, out var timeDate))
        {
            return timeDate;
        }
        return article.PublicationDate is { } published ? DateOnly.FromDateTime(published) : null;
    }

    private static DateOnly? JsonLdDate(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            return FindDate(doc.RootElement, 0);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static DateOnly? FindDate(JsonElement element, int depth)
    {
        if (depth > 6)
        {
            return null;
        }
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("datePublished", out var value) && value.ValueKind == JsonValueKind.String
                && DateParsing.TryParse(value.GetString(), out var date))
            {
                return date;
            }
            foreach (var property in element.EnumerateObject())
            {
                if (FindDate(property.Value, depth + 1) is { } found)
                {
                    return found;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (FindDate(item, depth + 1) is { } found)
                {
                    return found;
                }
            }
        }
        return null;
    }

    /// <summary>The text of an HTML fragment (a feed item's description), one paragraph per block element.</summary>
    public static string FragmentText(string html)
    {
        using var page = new HtmlParser().ParseDocument("<html><body>" + html + "</body></html>");
        return BlockText(page.Body);
    }

    /// <summary>Text of the block elements (paragraphs, headings, list items, quotes), whitespace collapsed, separated by blank lines.</summary>
    private static string BlockText(IElement? root)
    {
        if (root is null)
        {
            return string.Empty;
        }
        var builder = new StringBuilder();
        var blocks = root.QuerySelectorAll("p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td");
        var used = 0;
        foreach (var block in blocks)
        {
            // Nested blocks (a <p> in a <blockquote>) are taken once, from the innermost.
            if (block.QuerySelector("p, h1, h2, h3, h4, h5, h6, li, blockquote, pre") is not null)
            {
                continue;
            }
            AppendCollapsed(builder, block.TextContent);
            used++;
        }
        if (used == 0)
        {
            AppendCollapsed(builder, root.TextContent);
        }
        return builder.ToString().TrimEnd();
    }

    private static void AppendCollapsed(StringBuilder builder, string text)
    {
        var start = builder.Length;
        if (start > 0)
        {
            builder.Append("\n\n");
            start = builder.Length;
        }
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > start;
                continue;
            }
            if (space)
            {
                builder.Append(' ');
                space = false;
            }
            builder.Append(c);
        }
        if (builder.Length == start && start > 0)
        {
            builder.Length = start - 2;
        }
    }

    private static string? FirstNonEmpty(params string?[] values)
    {
        foreach (var value in values)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                return value;
            }
        }
        return null;
    }
}
