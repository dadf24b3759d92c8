using System.Globalization;
using OnRecord.Tests.Common;

namespace OnRecord.Cli.Tests;

public class EvalNerCommandTests
{
    [Fact]
    public void Prints_prf_one_per_line_for_a_conll_style_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"onrecord-ner-{Environment.ProcessId}.iob");
        File.WriteAllLines(path,
        [
            "-DOCSTART- O", "",
            "Kremlin B-ORG", "spokesman O", "Dmitry B-PER", "Peskov I-PER", "visited O", "Ankara B-LOC", ". O", "",
            "Mr O", "Peskov B-PER", "left O", "Ankara B-LOC", "on O", "Monday O", ". O", "",
        ]);
        try
        {
            var result = CliRunner.Run("eval", "ner", "--gold", path);
            result.AssertExit(0);
            var figures = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(l => l.Split(' '))
                .ToDictionary(p => p[0], p => double.Parse(p[1], CultureInfo.InvariantCulture));
            Assert.Equal(5, figures["gold"]);
            Assert.InRange(figures["f1"], 80.0, 100.0);
            Assert.True(figures.ContainsKey("mapped.PER.f1"));
            Assert.True(figures.ContainsKey("mapped.LOC.recall"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Universal_ner_dev_scores_are_printed()
    {
        var gold = TestPaths.SharedFile("corpora", "uner-english-ewt", "en_ewt-ud-dev.iob2");
        var result = CliRunner.Run("eval", "ner", "--gold", gold);
        result.AssertExit(0);
        Assert.Contains("\nmapped.ORG.f1 ", result.Stdout);
    }

    [Fact]
    public void Missing_gold_option_is_a_usage_error()
    {
        Assert.Equal(2, CliRunner.Run("eval", "ner").ExitCode);
    }

    [Fact]
    public void Missing_gold_file_is_a_coded_error()
    {
        var result = CliRunner.Run("eval", "ner", "--gold", "nope.iob");
        result.AssertExit(1);
        Assert.Contains("E100", result.Stderr);
    }

    [Fact]
    public void Malformed_gold_file_is_a_coded_error()
    {
        var path = Path.Combine(Path.GetTempPath(), $"onrecord-bad-{Environment.ProcessId}.iob");
        File.WriteAllLines(path, ["word NOT-A-TAG"]);
        try
        {
            var result = CliRunner.Run("eval", "ner", "--gold", path);
            result.AssertExit(1);
            Assert.Contains("E111", result.Stderr);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
