using System.ComponentModel;
using OnRecord.Core.Pipeline;
using OnRecord.Nlp.Parsing;
using OnRecord.Nlp.Segmentation;
using OnRecord.Nlp.Tagging;
using OnRecord.Nlp.Tokenization;
using OnRecord.Nlp.Training;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OnRecord.Cli.Commands;

public sealed class TrainParserSettings : TrainSettings
{
    [CommandOption("--tagger <FILE>")]
    [Description("Tagger whose tags the dev figures use (default: the shipped models/tagger.bin).")]
    public string? Tagger { get; init; }

    [CommandOption("--jackknife <N>")]
    [Description("Folds for tagging the training data with taggers that did not see it (default 4).")]
    public int Jackknife { get; init; } = 4;

    [CommandOption("--tagger-epochs <N>")]
    [Description("Epochs of each jackknife tagger (default 8).")]
    public int TaggerEpochs { get; init; } = 8;

    public override ValidationResult Validate()
    {
        var basic = base.Validate();
        if (!basic.Successful)
        {
            return basic;
        }
        return Jackknife < 2 ? ValidationResult.Error("--jackknife must be at least 2") : ValidationResult.Success();
    }
}

/// <summary><c>onrecord train parser</c>: the arc-hybrid dependency parser and arc labeller (models/parser.bin).</summary>
public sealed class TrainParserCommand : Command<TrainParserSettings>
{
    public override int Execute(CommandContext context, TrainParserSettings settings, CancellationToken cancellationToken)
    {
        var run = new TrainingRun("parser", "Dependency parser: greedy arc-hybrid, dynamic oracle, averaged perceptron, online arc labeller (UD relations)", settings, ParserModel.FileName, ParserModel.Kind, ParserModel.FormatVersion);
        var clusters = settings.LoadClusters();
        var tagger = new Tagger(settings.Tagger is null ? TaggerModel.Shipped : TaggerModel.Load(settings.Tagger), clusters);
        var train = TrainingCorpus.Load(settings.Train, clusters);
        var options = new ParserTrainingOptions { Seed = settings.Seed, Epochs = settings.Epochs ?? new ParserTrainingOptions().Epochs };
        run.Log($"{train.Count} sentences, {options.Epochs} epochs, seed {options.Seed}; tagging them by {settings.Jackknife}-fold jackknife");
        var taggerOptions = new TaggerTrainingOptions { Seed = settings.Seed, Epochs = settings.TaggerEpochs };
        var tags = Jackknife.Tag(train, clusters, settings.Jackknife, taggerOptions, run.Log);
        var dev = TrainingCorpus.Load(settings.Dev, clusters).Select(s => (s, TagWith(tagger, s))).ToList();
        var model = ParserTrainer.Train(train, tags, clusters, options, run.Log, dev.Count > 0 ? dev : null);
        model.Save(run.OutputPath);
        run.Log($"labels {model.Labels.Length}, transition features {model.Transitions.FeatureCount}, labeller features {model.Labeller.FeatureCount}");
        var pipeline = new PipelineBuilder()
            .Add(new TokenizerStage())
            .Add(new SentenceSplitterStage())
            .Add(new TaggerStage(tagger))
            .Add(new ParserStage(new DependencyParser(model, clusters)))
            .Build();
        run.Finish(new Dictionary<string, object>
        {
            ["epochs"] = options.Epochs,
            ["seed"] = options.Seed,
            ["explore_from_epoch"] = options.ExploreFromEpoch,
            ["exploration_rate"] = options.ExplorationRate,
            ["prune_below"] = options.PruneBelow,
            ["min_updates"] = options.MinUpdates,
            ["jackknife_folds"] = settings.Jackknife,
            ["jackknife_tagger_epochs"] = settings.TaggerEpochs,
            ["dev_tagger"] = settings.Tagger ?? "shipped models/" + TaggerModel.FileName,
            ["clusters"] = settings.Clusters ?? "shipped models/" + Nlp.Lexicon.WordClusters.FileName,
            ["labels"] = model.Labels.Length,
            ["transition_features"] = model.Transitions.FeatureCount,
            ["labeller_features"] = model.Labeller.FeatureCount,
        }, pipeline, cancellationToken);
        return CliApp.Success;
    }

    private static PredictedTags TagWith(Tagger tagger, TrainingSentence s)
    {
        var classes = new int[s.Length];
        tagger.Predict(s.Words, classes);
        return new PredictedTags([.. classes.Select(tagger.Model.Tags.Upos)], [.. classes.Select(tagger.Model.Tags.Xpos)]);
    }
}
