using System.Globalization;
using System.Text.Json;
using OnRecord.Tests.Common;

namespace OnRecord.Cli.Tests;

public sealed class TrainCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("onrecord-train-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>The first sentences of GUM dev as a small training file (made at test time, never committed).</summary>
    private string SmallCorpus(string name, int sentences)
    {
        var lines = File.ReadLines(TestPaths.SharedFile("corpora", "gum-open", "en_gum-open-dev.conllu"));
        var kept = new List<string>();
        var count = 0;
        foreach (var line in lines)
        {
            kept.Add(line);
            if (line.Length == 0 && ++count == sentences)
            {
                break;
            }
        }
        var path = Path.Combine(_dir, name);
        File.WriteAllLines(path, kept);
        return path;
    }

    [Fact]
    public void Train_tagger_writes_a_model_and_its_manifest()
    {
        var train = SmallCorpus("small-train.conllu", 120);
        var model = Path.Combine(_dir, "tagger.bin");
        var result = CliRunner.Run("train", "tagger", "--train", train, "--dev", train, "--out", model, "--epochs", "2", "--seed", "3");
        result.AssertExit(0);
        Assert.True(File.Exists(model));
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, "tagger.manifest.json")));
        var root = manifest.RootElement;
        Assert.Equal("tagger", root.GetProperty("kind").GetString());
        Assert.Equal(new FileInfo(model).Length, root.GetProperty("size_bytes").GetInt64());
        Assert.Equal(64, root.GetProperty("sha256").GetString()!.Length);
        Assert.Contains("train tagger", root.GetProperty("command").GetString());
        Assert.Equal(3, root.GetProperty("settings").GetProperty("seed").GetInt32());
        var scores = root.GetProperty("dev_scores");
        Assert.InRange(scores.GetProperty("small-train.conllu gold-tokens UPOS").GetDouble(), 80, 100);
        Assert.Equal(100, scores.GetProperty("small-train.conllu gold-tokens Tokens").GetDouble());
        Assert.Equal(64, root.GetProperty("training_data")[0].GetProperty("sha256").GetString()!.Length);
    }

    [Fact]
    public void Training_on_a_test_split_is_refused()
    {
        var test = SmallCorpus("en_ewt-ud-test.conllu", 5);
        var result = CliRunner.Run("train", "tagger", "--train", test, "--out", Path.Combine(_dir, "x.bin"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("test split", result.Stderr);
        Assert.False(File.Exists(Path.Combine(_dir, "x.bin")));
    }

    [Fact]
    public void Train_without_data_is_a_usage_error()
    {
        Assert.Equal(2, CliRunner.Run("train", "parser").ExitCode);
    }

    [Fact]
    public void Train_clusters_without_the_MiniLM_package_is_a_coded_error()
    {
        var result = CliRunner.Run("train", "clusters", "--minilm", Path.Combine(_dir, "missing.dll"), "--out", Path.Combine(_dir, "c.bin"));
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("MiniLM model not found", result.Stderr);
        Assert.False(File.Exists(Path.Combine(_dir, "c.bin")));
    }

    [Fact]
    public void Train_clusters_refuses_words_from_a_test_split()
    {
        var test = SmallCorpus("en_ewt-ud-test.conllu", 5);
        var result = CliRunner.Run("train", "clusters", "--train", test, "--out", Path.Combine(_dir, "c.bin"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("test split", result.Stderr);
    }
}
