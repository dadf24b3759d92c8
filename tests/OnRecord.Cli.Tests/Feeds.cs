namespace OnRecord.Cli.Tests;

/// <summary>Small invented feeds and article pages.</summary>
public static class Feeds
{
    public const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0">
          <channel>
            <title>Coastal Gazette</title>
            <link>https://news.example/</link>
            <description>Local news from the coast</description>
            <item>
              <title>Harbour lighthouse to reopen</title>
              <link>https://news.example/lighthouse</link>
              <pubDate>Mon, 02 Jun 2025 08:30:00 GMT</pubDate>
              <description><![CDATA[<p>The old harbour lighthouse will reopen to visitors next month, the town council said.</p><p>"It is the symbol of this town," the mayor said.</p>]]></description>
            </item>
            <item>
              <title>Ferry timetable changes</title>
              <link>https://news.example/ferry</link>
              <pubDate>Tue, 03 Jun 2025 09:00:00 GMT</pubDate>
              <description>The island ferry will run an extra evening crossing from July, its operator said.</description>
            </item>
          </channel>
        </rss>
        """;

    public const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Valley Courier</title>
          <id>urn:uuid:valley-courier</id>
          <updated>2025-06-04T10:00:00Z</updated>
          <entry>
            <title>Orchard harvest starts early</title>
            <id>urn:uuid:orchard-1</id>
            <link href="https://valley.example/orchard"/>
            <updated>2025-06-04T10:00:00Z</updated>
            <content type="html">&lt;p&gt;Growers in the valley began picking cherries two weeks early after a warm spring, the growers' cooperative said.&lt;/p&gt;</content>
          </entry>
        </feed>
        """;

    public static string ArticlePage(string title, string text, string more) => $"""
        <!doctype html>
        <html><head><title>{title}</title><meta property="article:published_time" content="2025-06-02T08:30:00Z"></head>
        <body><nav>Home | Sections | Subscribe</nav>
        <article><h1>{title}</h1><p>{text}</p><p>{more}</p></article>
        <footer>Contact us</footer></body></html>
        """;
}
