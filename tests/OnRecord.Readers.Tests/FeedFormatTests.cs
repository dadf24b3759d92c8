using OnRecord.Core.Errors;
using OnRecord.Readers.Formats;
using OnRecord.Readers.Sources;

namespace OnRecord.Readers.Tests;

public sealed class FeedFormatTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("onrecord-feeds-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private const string Rss = """
        <?xml version="1.0"?>
        <rss version="2.0"><channel><title>River Post</title>
          <item><title>Bridge &amp; tunnel plan</title><link>https://river.example/plan</link><pubDate>Wed, 07 May 2025 06:00:00 +0000</pubDate>
            <description><![CDATA[<p>The council backed the plan.</p><p>"It is overdue," a councillor said.</p>]]></description></item>
          <item><title>Empty item</title><link>https://river.example/empty</link><description></description></item>
          <item><title>No link</title><guid isPermaLink="false">item-3</guid><description>Water levels fell overnight.</description></item>
        </channel></rss>
        """;

    [Fact]
    public void Items_become_documents_with_paragraph_text_and_metadata_and_an_empty_item_fails_alone()
    {
        var results = FeedFormat.Parse(Rss, "river.rss", "river.rss").ToList();
        Assert.Equal(3, results.Count);
        var plan = results[0].Document!;
        Assert.Equal(("https://river.example/plan", "https://river.example/plan", "Bridge & tunnel plan", "River Post", new DateOnly(2025, 5, 7)),
            (plan.Id, plan.Url, plan.Title, plan.Source, plan.Date!.Value));
        Assert.Equal("The council backed the plan.\n\n\"It is overdue,\" a councillor said.", plan.Text);
        Assert.True(plan.IsExtractedText);
        Assert.Equal(ErrorCode.EmptyDocument, results[1].Error!.Code);
        Assert.Equal("river.rss#2", results[1].Location);
        Assert.Equal("item-3", results[2].Document!.Id);
    }

    [Fact]
    public void Feeds_are_found_by_extension_or_content()
    {
        File.WriteAllText(Path.Combine(_dir, "a.rss"), Rss);
        File.WriteAllText(Path.Combine(_dir, "b.xml"), Rss);
        var reader = new DocumentReader(new ReaderOptions());
        Assert.Equal(6, reader.ReadPath(_dir).Count() + reader.ReadPath(Path.Combine(_dir, "b.xml")).Count());
        Assert.True(FeedFormat.LooksLikeFeed("  <?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"));
        Assert.False(FeedFormat.LooksLikeFeed("<!doctype html><html><body>rss</body></html>"));
    }

    [Theory]
    [InlineData("<rss version=\"2.0\"><channel><item><title>unclosed")]
    [InlineData("<?xml version=\"1.0\"?><rss><channel></chan></rss>")]
    public void A_malformed_feed_is_one_coded_failure(string xml)
    {
        var result = Assert.Single(FeedFormat.Parse(xml, "bad.rss", "bad.rss"));
        Assert.Equal(ErrorCode.MalformedFeed, result.Error!.Code);
    }

    [Fact]
    public void An_unreachable_url_is_a_coded_failure()
    {
        var reader = new DocumentReader(new ReaderOptions());
        var result = Assert.Single(reader.Read(["http://127.0.0.1:9/feed.xml"]));
        Assert.Equal(ErrorCode.FetchFailed, result.Error!.Code);
    }
}
