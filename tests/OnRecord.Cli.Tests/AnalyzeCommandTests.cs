using System.Text.Json;
using OnRecord.Tests.Common;

namespace OnRecord.Cli.Tests;

public sealed class AnalyzeCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("onrecord-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static List<JsonElement> Lines(string stdout) =>
        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    /// <summary>Every offset of every layer must slice the original input text.</summary>
    private static void AssertOffsetsSlice(JsonElement doc, string text)
    {
        void Check(int start, int end, string? expectedText = null)
        {
            Assert.InRange(start, 0, text.Length);
            Assert.InRange(end, start, text.Length);
            if (expectedText is not null)
            {
                Assert.Equal(expectedText, text[start..end]);
            }
        }
        foreach (var s in doc.GetProperty("sentences").EnumerateArray())
        {
            Check(s[0].GetInt32(), s[1].GetInt32());
        }
        foreach (var t in doc.GetProperty("tokens").EnumerateArray())
        {
            Check(t.GetProperty("start").GetInt32(), t.GetProperty("end").GetInt32());
            Assert.False(string.IsNullOrWhiteSpace(text[t.GetProperty("start").GetInt32()..t.GetProperty("end").GetInt32()]));
        }
        foreach (var layer in new[] { "entities", "timexes", "quantities", "claims", "events" })
        {
            foreach (var e in doc.GetProperty(layer).EnumerateArray())
            {
                Check(e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32(), e.GetProperty("text").GetString());
            }
        }
        foreach (var q in doc.GetProperty("quotes").EnumerateArray())
        {
            Check(q.GetProperty("content_start").GetInt32(), q.GetProperty("content_end").GetInt32(), q.GetProperty("content").GetString());
            foreach (var part in new[] { "cue", "speaker" })
            {
                if (q.GetProperty(part).ValueKind == JsonValueKind.Object)
                {
                    var p = q.GetProperty(part);
                    Check(p.GetProperty("start").GetInt32(), p.GetProperty("end").GetInt32(), p.GetProperty("text").GetString());
                }
            }
        }
    }

    [Fact]
    public void Samples_give_one_line_per_document_in_input_order_with_exact_offsets()
    {
        var result = CliRunner.Run("analyze", "samples", "--format", "jsonl");
        result.AssertExit(0);
        var docs = Lines(result.Stdout);
        var files = Directory.GetFiles(TestPaths.Samples, "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, docs.Select(d => d.GetProperty("id").GetString()));
        foreach (var doc in docs)
        {
            var text = File.ReadAllText(Path.Combine(TestPaths.Samples, doc.GetProperty("id").GetString()!));
            AssertOffsetsSlice(doc, text);
            Assert.NotEqual(JsonValueKind.Null, doc.GetProperty("date").ValueKind);
            Assert.NotEqual(JsonValueKind.Null, doc.GetProperty("dateline").ValueKind);
            Assert.True(doc.GetProperty("sentences").GetArrayLength() >= 5);
        }
    }

    [Fact]
    public void Seed_story_metadata_sentences_and_offsets()
    {
        var seedDir = TestPaths.SharedFile("seed");
        var file = Directory.GetFiles(seedDir, "*.txt").Single();
        var text = File.ReadAllText(file);
        var result = CliRunner.Run("analyze", file, "--format", "jsonl");
        result.AssertExit(0);
        var doc = Assert.Single(Lines(result.Stdout));
        Assert.Equal(Path.GetFileName(file), doc.GetProperty("id").GetString());
        Assert.Equal("2024-03-06", doc.GetProperty("date").GetString());
        Assert.Equal("MOSCOW", doc.GetProperty("dateline").GetString());
        Assert.Equal("REUTERS", doc.GetProperty("source").GetString());
        AssertOffsetsSlice(doc, text);

        var sentences = doc.GetProperty("sentences").EnumerateArray().Select(s => text[s[0].GetInt32()..s[1].GetInt32()]).ToList();
        Assert.StartsWith("The Kremlin on March 6", sentences[0]);
        Assert.EndsWith("open to the world.", sentences[^1]);
        Assert.DoesNotContain(sentences, s => s.Contains("REUTERS") || s.Contains("MOSCOW -") || s.StartsWith("date"));
        // Every paragraph is one sentence except the quote with an ellipsis inside it.
        Assert.InRange(sentences.Count, 19, 20);
        Assert.Contains(sentences, s => s == "\u201CAmerica is fighting against us,\u201D Mr Peskov said.");
        Assert.All(sentences, s => Assert.Matches("[.!?\u2026\u201D\u2019\"]$", s));
    }

    [Fact]
    public void A_bad_document_is_reported_and_the_rest_are_analysed()
    {
        File.WriteAllText(Path.Combine(_dir, "a.txt"), "First story.");
        File.WriteAllBytes(Path.Combine(_dir, "b.txt"), [0x00, 0x01, 0x02]);
        File.WriteAllText(Path.Combine(_dir, "c.jsonl"), "{\"id\":\"c1\",\"text\":\"Fine.\"}\n{broken\n{\"id\":\"c3\",\"text\":\"Also fine.\"}\n");
        var result = CliRunner.Run("analyze", _dir, "--format", "jsonl");
        result.AssertExit(1);
        Assert.Equal(["a.txt", "c1", "c3"], Lines(result.Stdout).Select(d => d.GetProperty("id").GetString()));
        Assert.Contains("E102", result.Stderr);
        Assert.Contains("b.txt", result.Stderr);
        Assert.Contains("E105", result.Stderr);
        Assert.Contains("c.jsonl:2", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--date", "March 6")]
    [InlineData("--no-such-option")]
    public void Usage_errors_exit_with_2_and_one_line(params string[] args)
    {
        var result = CliRunner.Run(["analyze", "samples", .. args]);
        result.AssertExit(2);
        Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("   at ", result.Stderr);
    }

    [Fact]
    public void Missing_path_is_a_one_line_error_with_exit_1()
    {
        var result = CliRunner.Run("analyze", "no/such/file.txt", "--format", "jsonl");
        result.AssertExit(1);
        Assert.Contains("E100", result.Stderr);
        Assert.Contains("no/such/file.txt", result.Stderr);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public void Standard_input_plain_text_takes_the_date_option_and_out_writes_a_file()
    {
        var output = Path.Combine(_dir, "out.jsonl");
        var result = CliRunner.RunWithInput("Officials met on Monday.", "analyze", "-", "--date", "2024-02-01", "--format", "jsonl", "--out", output);
        result.AssertExit(0);
        var doc = Assert.Single(Lines(File.ReadAllText(output)));
        Assert.Equal("2024-02-01", doc.GetProperty("date").GetString());
        Assert.Equal("stdin", doc.GetProperty("id").GetString());
    }

    [Fact]
    public void Report_format_shows_metadata_and_sentences()
    {
        var result = CliRunner.Run("analyze", "samples/001_brussels_tariffs.txt", "--format", "report");
        result.AssertExit(0);
        Assert.Contains("BRUSSELS", result.Stdout);
        Assert.Contains("REUTERS", result.Stdout);
        Assert.Contains("Sentences", result.Stdout);
    }

    [Fact]
    public void Json_format_is_one_array()
    {
        var result = CliRunner.Run("analyze", "samples", "--format", "json");
        result.AssertExit(0);
        var array = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.Equal(JsonValueKind.Array, array.ValueKind);
        Assert.Equal(Directory.GetFiles(TestPaths.Samples, "*.txt").Length, array.GetArrayLength());
    }
}
