using System.Text.Json;

namespace OnRecord.Cli.Tests;

public class AnalyzeTimexTests
{
    private static JsonElement Single(string stdout) =>
        JsonDocument.Parse(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Single()).RootElement.Clone();

    [Fact]
    public void Jsonl_carries_time_expressions_normalised_against_the_date_option()
    {
        var result = CliRunner.RunWithInput("Officials met on Monday and will meet again in about two weeks.", "analyze", "-", "--date", "2024-03-06", "--format", "jsonl");
        result.AssertExit(0);
        var timexes = Single(result.Stdout).GetProperty("timexes").EnumerateArray().ToList();
        Assert.Equal(2, timexes.Count);
        Assert.Equal("Monday", timexes[0].GetProperty("text").GetString());
        Assert.Equal("DATE", timexes[0].GetProperty("type").GetString());
        Assert.Equal("2024-03-04", timexes[0].GetProperty("value").GetString());
        Assert.False(timexes[0].TryGetProperty("mod", out _));
        Assert.Equal("about two weeks", timexes[1].GetProperty("text").GetString());
        Assert.Equal("P2W", timexes[1].GetProperty("value").GetString());
        Assert.Equal("APPROX", timexes[1].GetProperty("mod").GetString());
    }

    [Fact]
    public void Without_a_date_relative_expressions_stay_underspecified()
    {
        var result = CliRunner.RunWithInput("Officials met on Monday, March 4, and yesterday.", "analyze", "-", "--format", "jsonl");
        result.AssertExit(0);
        var values = Single(result.Stdout).GetProperty("timexes").EnumerateArray().Select(t => t.GetProperty("value").GetString()).ToList();
        Assert.Equal(["XXXX-03-04", "PAST_REF"], values);
    }

    [Fact]
    public void Report_shows_the_time_expressions_table()
    {
        var result = CliRunner.Run("analyze", "samples/003_washington_budget.txt", "--format", "report");
        result.AssertExit(0);
        Assert.Contains("Time expressions", result.Stdout);
        Assert.Contains("2023-11-17", result.Stdout);
    }
}
