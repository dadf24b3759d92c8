using CodeHollow.FeedReader;
using OnRecord.Core.Documents;
using OnRecord.Core.Errors;

namespace OnRecord.Readers.Formats;

/// <summary>
/// RSS and Atom feeds: one document per item, its text from the item's content (else its description),
/// HTML reduced to paragraphs. The item's link is its id and URL, so a story seen in two polls of a
/// feed is one document. With article fetching on, the text comes from the linked page instead.
/// </summary>
public static class FeedFormat
{
    public static bool LooksLikeFeed(ReadOnlySpan<char> text)
    {
        var head = text[..Math.Min(text.Length, 2048)].TrimStart();
        if (head.StartsWith("<rss", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<feed", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        return head.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase)
            && (head.Contains("<rss", StringComparison.OrdinalIgnoreCase) || head.Contains("<feed", StringComparison.OrdinalIgnoreCase)
                || head.Contains("<rdf:RDF", StringComparison.OrdinalIgnoreCase));
    }

    public static bool HasFeedExtension(string path) =>
        path.EndsWith(".rss", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".atom", StringComparison.OrdinalIgnoreCase);

    /// <summary>One result per item; an item without text fails alone. <paramref name="fetchArticle"/> gives a linked page's document, when set.</summary>
    public static IEnumerable<ReadResult> Parse(string xml, string name, string location, Func<string, string, Document>? fetchArticle = null)
    {
        Feed feed;
        try
        {
            feed = FeedReader.ReadFromString(xml);
        }
        catch (Exception e) when (e is System.Xml.XmlException or FormatException or InvalidOperationException or ArgumentException or NullReferenceException)
        {
            return [ReadResult.Failure(location, new OnRecordException(ErrorCode.MalformedFeed, $"{location}: malformed feed ({e.Message.ReplaceLineEndings(" ")})"))];
        }
        if (feed.Type == FeedType.Unknown)
        {
            return [ReadResult.Failure(location, new OnRecordException(ErrorCode.MalformedFeed, $"{location}: not an RSS or Atom feed"))];
        }
        return Items(feed, name, location, fetchArticle);
    }

    private static IEnumerable<ReadResult> Items(Feed feed, string name, string location, Func<string, string, Document>? fetchArticle)
    {
        var index = 0;
        foreach (var item in feed.Items)
        {
            index++;
            var where = $"{location}#{index}";
            ReadResult result;
            try
            {
                result = ReadResult.Success(where, Item(feed, item, name, index, where, fetchArticle));
            }
            catch (OnRecordException e)
            {
                result = ReadResult.Failure(where, e);
            }
            yield return result;
        }
    }

    private static Document Item(Feed feed, FeedItem item, string name, int index, string where, Func<string, string, Document>? fetchArticle)
    {
        var link = string.IsNullOrWhiteSpace(item.Link) ? null : item.Link.Trim();
        var id = link ?? (string.IsNullOrWhiteSpace(item.Id) ? $"{name}#{index}" : item.Id.Trim());
        var title = string.IsNullOrWhiteSpace(item.Title) ? null : HtmlFormat.FragmentText(item.Title);
        DateOnly? date = item.PublishingDate is { } published ? DateOnly.FromDateTime(published)
            : item.PublishingDateString is { } raw && DateParsing.TryParse(raw, out var parsed) ? parsed : null;
        var source = string.IsNullOrWhiteSpace(feed.Title) ? null : feed.Title.Trim();
        if (fetchArticle is not null && link is not null)
        {
            var page = fetchArticle(link, where);
            return new Document(id, page.Text, page.Body)
            {
                IsExtractedText = true,
                Title = title ?? page.Title,
                Date = date ?? page.Date,
                Source = source ?? page.Source,
                Url = link,
            };
        }
        var html = !string.IsNullOrWhiteSpace(item.Content) ? item.Content : item.Description;
        var text = string.IsNullOrWhiteSpace(html) ? "" : HtmlFormat.FragmentText(html);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new OnRecordException(ErrorCode.EmptyDocument, $"{where}: feed item '{title ?? id}' has no text");
        }
        return new Document(id, text) { IsExtractedText = true, Title = title, Date = date, Source = source, Url = link };
    }
}
