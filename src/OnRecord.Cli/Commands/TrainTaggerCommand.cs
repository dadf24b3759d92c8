using OnRecord.Core.Pipeline;
using OnRecord.Nlp.Segmentation;
using OnRecord.Nlp.Tagging;
using OnRecord.Nlp.Tokenization;
using OnRecord.Nlp.Training;
using Spectre.Console.Cli;

namespace OnRecord.Cli.Commands;

/// <summary><c>onrecord train tagger</c>: the UPOS+XPOS tagger (models/tagger.bin).</summary>
public sealed class TrainTaggerCommand : Command<TrainSettings>
{
    public override int Execute(CommandContext context, TrainSettings settings, CancellationToken cancellationToken)
    {
        var run = new TrainingRun("tagger", "UD UPOS + Penn Treebank XPOS tagger: greedy averaged perceptron over (UPOS, XPOS) pairs", settings, TaggerModel.FileName, TaggerModel.Kind, TaggerModel.FormatVersion);
        var clusters = settings.LoadClusters();
        var train = TrainingCorpus.Load(settings.Train, clusters);
        var dev = TrainingCorpus.Load(settings.Dev, clusters);
        var options = new TaggerTrainingOptions { Seed = settings.Seed, Epochs = settings.Epochs ?? new TaggerTrainingOptions().Epochs };
        run.Log($"{train.Count} sentences, {options.Epochs} epochs, seed {options.Seed}");
        var model = TaggerTrainer.Train(train, clusters, options, run.Log, dev.Count > 0 ? dev : null);
        model.Save(run.OutputPath);
        run.Log($"tag classes {model.Tags.Count}, features {model.Weights.FeatureCount}, weights {model.Weights.EntryCount}, sure words {model.Lexicon.SureCount}");
        var pipeline = new PipelineBuilder()
            .Add(new TokenizerStage())
            .Add(new SentenceSplitterStage())
            .Add(new TaggerStage(new Tagger(model, clusters)))
            .Build();
        run.Finish(new Dictionary<string, object>
        {
            ["epochs"] = options.Epochs,
            ["seed"] = options.Seed,
            ["prune_below"] = options.PruneBelow,
            ["tag_classes"] = model.Tags.Count,
            ["features"] = model.Weights.FeatureCount,
            ["clusters"] = settings.Clusters ?? "shipped models/" + Nlp.Lexicon.WordClusters.FileName,
        }, pipeline, cancellationToken);
        return CliApp.Success;
    }
}
