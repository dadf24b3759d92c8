using System.Globalization;
using OnRecord.Core.Pipeline;
using OnRecord.Nlp.Lemmatization;
using OnRecord.Nlp.Segmentation;
using OnRecord.Nlp.Tagging;
using OnRecord.Nlp.Tokenization;
using OnRecord.Nlp.Training;
using Spectre.Console.Cli;

namespace OnRecord.Cli.Commands;

/// <summary><c>onrecord train lemmatizer</c>: exception lexicon + suffix rules (models/lemmatizer.bin). Dev scores use the shipped tagger.</summary>
public sealed class TrainLemmatizerCommand : Command<TrainSettings>
{
    public override int Execute(CommandContext context, TrainSettings settings, CancellationToken cancellationToken)
    {
        var run = new TrainingRun("lemmatizer", "Lemmatizer: exception lexicon (form + XPOS) and suffix rules of lemma edits", settings, Lemmatizer.FileName, Lemmatizer.Kind, Lemmatizer.FormatVersion);
        var train = TrainingCorpus.Load(settings.Train);
        run.Log($"{train.Count} sentences");
        var lemmatizer = LemmatizerTrainer.Train(train);
        lemmatizer.Save(run.OutputPath);
        run.Log($"exceptions {lemmatizer.ExceptionCount}, suffix rules {lemmatizer.RuleCount}");
        foreach (var dev in settings.Dev)
        {
            var accuracy = LemmatizerTrainer.Accuracy(lemmatizer, TrainingCorpus.Load([dev]));
            run.Log(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(dev)} lemma accuracy with gold XPOS {accuracy:F2}"));
        }
        var pipeline = new PipelineBuilder()
            .Add(new TokenizerStage())
            .Add(new SentenceSplitterStage())
            .Add(new TaggerStage())
            .Add(new LemmatizerStage(lemmatizer))
            .Build();
        run.Finish(new Dictionary<string, object>
        {
            ["exceptions"] = lemmatizer.ExceptionCount,
            ["suffix_rules"] = lemmatizer.RuleCount,
            ["dev_tagger"] = "shipped models/" + TaggerModel.FileName,
        }, pipeline, cancellationToken);
        return CliApp.Success;
    }
}
