using System.Globalization;
using System.Text.Json;

namespace OnRecord.Cli.Tests;

public class EvalQuotesCommandTests
{
    private const string Text = "“We never lied,” Anna Lindqvist said. The ministry said that it would appeal.";

    private static string GoldFile(params object[] quotes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"onrecord-quotes-{Guid.NewGuid():N}.jsonl");
        var line = JsonSerializer.Serialize(new Dictionary<string, object?> { ["id"] = "t1", ["text"] = Text, ["date"] = "2024-03-06", ["quotes"] = quotes });
        File.WriteAllText(path, line + "\n");
        return path;
    }

    private static object Quote(string content, string speaker, string kind)
    {
        var c = Text.IndexOf(content, StringComparison.Ordinal);
        var s = Text.IndexOf(speaker, StringComparison.Ordinal);
        return new Dictionary<string, object?>
        {
            ["content_start"] = c, ["content_end"] = c + content.Length, ["content"] = content,
            ["speaker"] = speaker, ["speaker_start"] = s, ["speaker_end"] = s + speaker.Length, ["kind"] = kind,
        };
    }

    private static Dictionary<string, double> Figures(string stdout) =>
        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split(' '))
            .Where(p => p[0] != "mode")
            .ToDictionary(p => p[0], p => double.Parse(p[1], CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("model")]
    [InlineData("rules")]
    public void Prints_content_speaker_and_kind_figures_one_per_line(string mode)
    {
        var gold = GoldFile(Quote("“We never lied,”", "Anna Lindqvist", "direct"), Quote("that it would appeal", "The ministry", "indirect"));
        var result = CliRunner.Run("eval", "quotes", "--gold", gold, "--mode", mode).AssertExit(0);
        Assert.StartsWith($"mode {mode}\n", result.Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        var figures = Figures(result.Stdout);
        Assert.Equal(100.0, figures["content.exact.f1"]);
        Assert.Equal(100.0, figures["content.overlap.f1"]);
        Assert.Equal(100.0, figures["speaker.accuracy"]);
        Assert.Equal(100.0, figures["recall.direct.exact"]);
        Assert.Equal(2, figures["count.gold"]);
    }

    [Fact]
    public void Writes_an_error_report_on_request()
    {
        var gold = GoldFile(Quote("The ministry said", "Anna Lindqvist", "indirect"));
        var errors = Path.Combine(Path.GetTempPath(), $"onrecord-quote-errors-{Guid.NewGuid():N}.txt");
        CliRunner.Run("eval", "quotes", "--gold", gold, "--mode", "rules", "--errors", errors).AssertExit(0);
        var report = File.ReadAllText(errors);
        Assert.Contains("## Missed indirect t1", report, StringComparison.Ordinal);
        Assert.Contains("## Spurious", report, StringComparison.Ordinal);
    }

    [Fact]
    public void A_span_outside_the_text_is_a_coded_error()
    {
        var path = Path.Combine(Path.GetTempPath(), $"onrecord-quotes-bad-{Guid.NewGuid():N}.jsonl");
        File.WriteAllText(path, """{"id": "x", "text": "short", "quotes": [{"content_start": 2, "content_end": 99, "kind": "direct"}]}""" + "\n");
        var result = CliRunner.Run("eval", "quotes", "--gold", path);
        result.AssertExit(1);
        Assert.Contains("E111", result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stderr.Trim().Split('\n'));
    }

    [Fact]
    public void Bad_options_are_usage_errors()
    {
        Assert.Equal(2, CliRunner.Run("eval", "quotes").ExitCode);
        Assert.Equal(2, CliRunner.Run("eval", "quotes", "--gold", "x.jsonl", "--mode", "magic").ExitCode);
        Assert.Contains("E100", CliRunner.Run("eval", "quotes", "--gold", "nope.jsonl").Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_reports_each_quotation_with_its_resolved_speaker()
    {
        var text = "Kremlin spokesman Dmitry Orlov spoke on Tuesday.\n\n“We never interfered,” he said.";
        var report = CliRunner.RunWithInput(text, "analyze", "-", "--format", "report").AssertExit(0).Stdout;
        Assert.Contains("Quotes", report, StringComparison.Ordinal);
        Assert.Contains("Dmitry Orlov (he; Kremlin", report, StringComparison.Ordinal);
        var json = CliRunner.RunWithInput(text, "analyze", "-", "--format", "jsonl").AssertExit(0).Stdout;
        using var doc = JsonDocument.Parse(json);
        var quote = doc.RootElement.GetProperty("quotes")[0];
        Assert.Equal("direct", quote.GetProperty("kind").GetString());
        Assert.Equal("We never interfered", quote.GetProperty("content").GetString());
        Assert.Equal("said", quote.GetProperty("cue").GetProperty("text").GetString());
        Assert.Equal("he", quote.GetProperty("speaker").GetProperty("text").GetString());
        Assert.Equal("Dmitry Orlov", quote.GetProperty("speaker").GetProperty("canonical").GetString());
        Assert.Equal("Kremlin spokesman", quote.GetProperty("speaker").GetProperty("role").GetString());
        Assert.Equal("PERSON", quote.GetProperty("speaker").GetProperty("label").GetString());
    }
}
