using System.Globalization;
using OnRecord.Tests.Common;

namespace OnRecord.Cli.Tests;

public class EvalTimexCommandTests
{
    private static Dictionary<string, double> Figures(string stdout) =>
        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split(' '))
            .ToDictionary(p => p[0], p => double.Parse(p[1], CultureInfo.InvariantCulture));

    [Fact]
    public void Prints_tempeval3_figures_one_per_line()
    {
        var result = CliRunner.Run("eval", "timex", "--gold", TestPaths.SharedFile("time", "duckling_en_time_corpus.jsonl"));
        result.AssertExit(0);
        var figures = Figures(result.Stdout);
        foreach (var name in new[] { "strict.f1", "relaxed.precision", "relaxed.recall", "relaxed.f1", "type.accuracy", "value.accuracy", "value.f1", "excluded" })
        {
            Assert.True(figures.ContainsKey(name), name);
        }
        Assert.InRange(figures["relaxed.f1"], 80.0, 100.0);
        Assert.Equal(1005, figures["cases"]);
    }

    [Fact]
    public void Timex3_gold_is_scored_as_written_and_errors_are_listed()
    {
        var dir = Directory.CreateTempSubdirectory("onrecord-timex");
        var gold = Path.Combine(dir.FullName, "gold.jsonl");
        var errors = Path.Combine(dir.FullName, "errors.tsv");
        File.WriteAllText(gold,
            """{"id": "news-1", "dct": "2024-03-06", "text": "The minister resigned on Monday after three weeks.", "timexes": [{"start": 25, "end": 31, "text": "Monday", "type": "DATE", "value": "2024-03-04"}, {"start": 38, "end": 49, "text": "three weeks", "type": "DURATION", "value": "P2W"}]}""" + "\n");
        var result = CliRunner.Run("eval", "timex", "--gold", gold, "--errors", errors);
        result.AssertExit(0);
        var figures = Figures(result.Stdout);
        Assert.Equal(100.0, figures["relaxed.f1"]);
        Assert.Equal(50.0, figures["value.accuracy"]);
        Assert.Contains("three weeks", File.ReadAllText(errors));
        dir.Delete(true);
    }

    [Fact]
    public void Missing_gold_option_is_a_usage_error() => Assert.Equal(2, CliRunner.Run("eval", "timex").ExitCode);

    [Fact]
    public void Malformed_gold_is_a_coded_error()
    {
        var file = Path.GetTempFileName();
        File.WriteAllText(file, "{not json\n");
        var result = CliRunner.Run("eval", "timex", "--gold", file);
        result.AssertExit(1);
        Assert.Contains("E111", result.Stderr);
        File.Delete(file);
    }
}
