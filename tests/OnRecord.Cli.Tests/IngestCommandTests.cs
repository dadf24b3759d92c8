using System.Net;
using System.Net.Sockets;
using System.Text;
using OnRecord.Store.Query;
using OnRecord.Tests.Common;

namespace OnRecord.Cli.Tests;

public sealed class IngestCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("onrecord-ingest-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Db => Path.Combine(_dir, "record");

    [Fact]
    public void Samples_are_stored_once_and_a_second_ingest_changes_nothing()
    {
        var first = CliRunner.Run("ingest", "samples", "--db", Db).AssertExit(0);
        Assert.Contains("new 4, updated 0, unchanged 0, duplicates 0 (exact 0, near 0), failed 0", first.Stdout);
        var second = CliRunner.Run("ingest", "samples/", "--db", Db).AssertExit(0);
        Assert.Contains("new 0, updated 0, unchanged 4, duplicates 0 (exact 0, near 0), failed 0", second.Stdout);
        var found = CliRunner.Run("search", "tariffs", "--documents", "--db", Db, "--format", "jsonl").AssertExit(0);
        Assert.Contains("001_brussels_tariffs.txt", found.Stdout);
        Assert.Single(found.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Speaker_profile_on_the_samples_merges_the_commissioner_and_lists_her_statements()
    {
        CliRunner.Run("ingest", "samples", "--db", Db).AssertExit(0);
        var profile = CliRunner.Run("speaker", "Lindqvist", "--db", Db).AssertExit(0);
        Assert.Contains("Anna Lindqvist (PERSON)", profile.Stdout);
        Assert.Contains("role: Trade Commissioner", profile.Stdout);
        using var reader = RecordReader.Open(Db);
        if (reader.Stats().Quotes > 0)
        {
            // With a quote stage in the pipeline, her direct quote is on her timeline.
            var timeline = CliRunner.Run("speaker", "Anna Lindqvist", "--db", Db, "--format", "jsonl").AssertExit(0);
            Assert.Contains("We are not closing any door", timeline.Stdout);
        }
        else
        {
            Assert.Contains("no statements in the record", profile.Stdout);
        }
    }

    [Fact]
    public void Wire_copies_count_as_duplicates_and_bad_inputs_fail_alone()
    {
        var original = File.ReadAllText(Path.Combine(TestPaths.Samples, "004_kyiv_grain.txt"));
        var paragraphs = original.Split("\n\n");
        // Another agency's copy: the last paragraph dropped, a byline added, another credit.
        var copy = paragraphs[0] + "\n\nBy a staff correspondent\n\n" + string.Join("\n\n", paragraphs[1..^1]) + " AFP";
        File.WriteAllText(Path.Combine(_dir, "a.txt"), original);
        File.WriteAllText(Path.Combine(_dir, "b.txt"), copy);
        File.WriteAllText(Path.Combine(_dir, "c.txt"), original.Replace("date ", "date  ", StringComparison.Ordinal));
        File.WriteAllBytes(Path.Combine(_dir, "d.txt"), [0, 1, 2, 3]);
        var result = CliRunner.Run("ingest", _dir, "--db", Db);
        result.AssertExit(1);
        Assert.Contains("new 1, updated 0, unchanged 0, duplicates 2 (exact 0, near 2), failed 1", result.Stdout);
        Assert.Contains("E102", result.Stderr);
        using var reader = RecordReader.Open(Db);
        var story = Assert.Single(reader.SearchStories(new()).Rows);
        Assert.Equal(["b.txt", "c.txt"], story.Copies.Select(c => c.DocId));
    }

    [Fact]
    public void A_second_writer_gets_a_clear_locked_error()
    {
        using var holder = CrashRecoveryTests.StartHolding("ingest", "-", "--db", Db, "--no-progress");
        try
        {
            var deadline = DateTime.UtcNow.AddSeconds(20);
            while (!File.Exists(Path.Combine(Db, "writer.lock")) && DateTime.UtcNow < deadline)
            {
                Thread.Sleep(100);
            }
            Thread.Sleep(500);
            var second = CliRunner.Run("ingest", "samples", "--db", Db);
            second.AssertExit(1);
            Assert.Contains("E301", second.Stderr);
            Assert.Single(second.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            // Readers are not blocked by the writer.
            CliRunner.Run("search", "--db", Db, "--documents").AssertExit(0);
        }
        finally
        {
            holder.StandardInput.Write("date 2024-01-02 PARIS - A short story about nothing in particular. AFP");
            holder.StandardInput.Close();
            Assert.True(holder.WaitForExit(TimeSpan.FromSeconds(60)));
        }
        Assert.Equal(0, holder.ExitCode);
    }

    [Fact]
    public void A_corrupt_record_is_a_one_line_error()
    {
        Directory.CreateDirectory(Db);
        File.WriteAllText(Path.Combine(Db, "record.sqlite"), new string('x', 4096));
        foreach (var args in new[] { new[] { "search", "x", "--db", Db }, ["ingest", "samples", "--db", Db], ["speaker", "Anyone", "--db", Db] })
        {
            var result = CliRunner.Run(args);
            result.AssertExit(1);
            Assert.Contains("E300", result.Stderr);
            Assert.DoesNotContain("   at ", result.Stderr);
        }
        Assert.Equal(4096, new FileInfo(Path.Combine(Db, "record.sqlite")).Length);
    }

    [Fact]
    public void Searching_where_there_is_no_record_says_how_to_make_one()
    {
        var result = CliRunner.Run("search", "x", "--db", Path.Combine(_dir, "none"));
        result.AssertExit(1);
        Assert.Contains("E100", result.Stderr);
        Assert.Contains("onrecord ingest", result.Stderr);
        Assert.False(Directory.Exists(Path.Combine(_dir, "none")));
    }

    [Fact]
    public void Rss_and_atom_feeds_from_files_give_one_document_per_item()
    {
        File.WriteAllText(Path.Combine(_dir, "news.rss"), Feeds.Rss);
        File.WriteAllText(Path.Combine(_dir, "news.atom"), Feeds.Atom);
        var result = CliRunner.Run("ingest", Path.Combine(_dir, "news.rss"), Path.Combine(_dir, "news.atom"), "--db", Db);
        result.AssertExit(0);
        Assert.Contains("new 3,", result.Stdout);
        using var reader = RecordReader.Open(Db);
        var story = Assert.Single(reader.SearchStories(new() { Text = "lighthouse" }).Rows);
        Assert.Equal(("https://news.example/lighthouse", "Harbour lighthouse to reopen", "2025-06-02", "Coastal Gazette"), (story.DocId, story.Title, story.Date, story.Source));
        Assert.Single(reader.SearchStories(new() { Text = "orchard" }).Rows);
    }

    [Fact]
    public void A_feed_url_is_fetched_with_its_articles_from_a_local_server()
    {
        using var server = new LocalServer(new Dictionary<string, string>
        {
            ["/feed.xml"] = Feeds.Rss.Replace("https://news.example", "{base}", StringComparison.Ordinal),
            ["/lighthouse"] = Feeds.ArticlePage("Harbour lighthouse to reopen", "The full article says the lighthouse keeper, Odile Marchand, will light the lamp again at dusk on Saturday after a long restoration.",
                "Residents have been invited to a ceremony at the harbour, where the council will thank the volunteers who raised the money for the new lantern and the repainted tower."),
            ["/ferry"] = Feeds.ArticlePage("Ferry timetable changes", "The ferry company said its summer timetable adds an evening crossing to the island, starting in July.",
                "Tickets for the late boat go on sale next week, and islanders with a resident card will pay half the usual fare on every crossing until the autumn."),
        });
        var result = CliRunner.Run("ingest", server.Base + "/feed.xml", "--fetch-articles", "--db", Db);
        result.AssertExit(0);
        Assert.Contains("new 2,", result.Stdout);
        using var reader = RecordReader.Open(Db);
        var story = Assert.Single(reader.SearchStories(new() { Text = "keeper" }).Rows);
        Assert.Equal(server.Base + "/lighthouse", story.DocId);
        Assert.Contains("Odile Marchand", story.Snippet);

        var missing = CliRunner.Run("ingest", server.Base + "/nothing", "--db", Db);
        missing.AssertExit(1);
        Assert.Contains("E112", missing.Stderr);
        Assert.Contains("404", missing.Stderr);
    }

    /// <summary>A tiny HTTP server on the loopback interface, serving fixed pages.</summary>
    private sealed class LocalServer : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly Task _loop;

        public LocalServer(Dictionary<string, string> pages)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            Base = $"http://127.0.0.1:{port}";
            _listener.Prefixes.Add(Base + "/");
            _listener.Start();
            _loop = Task.Run(async () =>
            {
                while (_listener.IsListening)
                {
                    HttpListenerContext context;
                    try
                    {
                        context = await _listener.GetContextAsync();
                    }
                    catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                    {
                        return;
                    }
                    var path = context.Request.Url!.AbsolutePath;
                    if (pages.TryGetValue(path, out var body))
                    {
                        var bytes = Encoding.UTF8.GetBytes(body.Replace("{base}", Base, StringComparison.Ordinal));
                        context.Response.ContentType = path.EndsWith(".xml", StringComparison.Ordinal) ? "application/rss+xml" : "text/html; charset=utf-8";
                        await context.Response.OutputStream.WriteAsync(bytes);
                    }
                    else
                    {
                        context.Response.StatusCode = 404;
                    }
                    context.Response.Close();
                }
            });
        }

        public string Base { get; }

        public void Dispose()
        {
            _listener.Stop();
            _listener.Close();
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
    }
}
