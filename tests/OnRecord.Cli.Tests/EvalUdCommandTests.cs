using System.Globalization;
using OnRecord.Tests.Common;

namespace OnRecord.Cli.Tests;

public class EvalUdCommandTests
{
    [Fact]
    public void Prints_conll2018_figures_one_per_line()
    {
        var gold = TestPaths.SharedFile("corpora", "gum-open", "en_gum-open-dev.conllu");
        var result = CliRunner.Run("eval", "ud", "--gold", gold);
        result.AssertExit(0);
        var figures = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split(' '))
            .ToDictionary(p => p[0], p => double.Parse(p[1], CultureInfo.InvariantCulture));
        Assert.InRange(figures["Tokens"], 99.0, 100.0);
        Assert.InRange(figures["Sentences"], 90.0, 100.0);
        Assert.True(figures.ContainsKey("Words"));
        Assert.InRange(figures["UPOS"], 90.0, 100.0);
        Assert.InRange(figures["LAS"], 70.0, 100.0);
    }

    [Fact]
    public void Gold_tokens_option_scores_tags_lemmas_and_parses_without_segmentation_errors()
    {
        var gold = TestPaths.SharedFile("corpora", "gum-open", "en_gum-open-dev.conllu");
        var result = CliRunner.Run("eval", "ud", "--gold", gold, "--gold-tokens");
        result.AssertExit(0);
        var figures = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split(' '))
            .ToDictionary(p => p[0], p => double.Parse(p[1], CultureInfo.InvariantCulture));
        Assert.Equal(100.0, figures["Tokens"]);
        Assert.Equal(100.0, figures["Sentences"]);
        foreach (var name in new[] { "UPOS", "XPOS", "Lemmas", "UAS", "LAS" })
        {
            Assert.InRange(figures[name], 70.0, 100.0);
        }
    }

    [Fact]
    public void Missing_gold_option_is_a_usage_error()
    {
        Assert.Equal(2, CliRunner.Run("eval", "ud").ExitCode);
    }

    [Fact]
    public void Missing_gold_file_is_a_coded_error()
    {
        var result = CliRunner.Run("eval", "ud", "--gold", "nope.conllu");
        result.AssertExit(1);
        Assert.Contains("E100", result.Stderr);
    }
}
