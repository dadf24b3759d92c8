using System.ComponentModel;
using OnRecord.Nlp.Training;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OnRecord.Cli.Commands;

/// <summary>Options shared by <c>onrecord train tagger|lemmatizer|parser</c>.</summary>
public class TrainSettings : CommandSettings
{
    [CommandOption("--train <FILE>")]
    [Description("CoNLL-U training file; repeat the option for several files. Test splits are refused.")]
    public string[] Train { get; init; } = [];

    [CommandOption("--dev <FILE>")]
    [Description("CoNLL-U development file scored after training (and written to the manifest); repeatable.")]
    public string[] Dev { get; init; } = [];

    [CommandOption("--out <FILE>")]
    [Description("Where to write the model; its manifest goes beside it (NAME.manifest.json).")]
    public string? Out { get; init; }

    [CommandOption("--epochs <N>")]
    [Description("Passes over the training data.")]
    public int? Epochs { get; init; }

    [CommandOption("--clusters <FILE>")]
    [Description("Word lexicon whose clusters the tagger and parser features read (default: the shipped models/clusters.bin).")]
    public string? Clusters { get; init; }

    /// <summary>The lexicon named by <see cref="Clusters"/>, or the shipped one.</summary>
    public Nlp.Lexicon.WordClusters LoadClusters() =>
        Clusters is null ? Nlp.Lexicon.WordClusters.Shipped : Nlp.Lexicon.WordClusters.Load(Clusters);

    [CommandOption("--seed <N>")]
    [Description("Seed of the shuffling (and exploration) generator; the same data and seed give the same model.")]
    public int Seed { get; init; } = 1;

    public override ValidationResult Validate()
    {
        if (Train.Length == 0)
        {
            return ValidationResult.Error("--train FILE.conllu is required (repeat it for several files)");
        }
        if (Epochs is < 1)
        {
            return ValidationResult.Error("--epochs must be at least 1");
        }
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
