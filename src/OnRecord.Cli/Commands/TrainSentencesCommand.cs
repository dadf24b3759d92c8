using System.ComponentModel;
using System.Globalization;
using OnRecord.Core.Documents;
using OnRecord.Nlp.Corpora;
using OnRecord.Nlp.Evaluation;
using OnRecord.Nlp.Models;
using OnRecord.Nlp.Segmentation;
using OnRecord.Nlp.Tokenization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OnRecord.Cli.Commands;

public sealed class TrainSentencesSettings : CommandSettings
{
    [CommandOption("--train <FILE>")]
    [Description("CoNLL-U training files (repeat the option for several).")]
    public string[] Train { get; init; } = [];

    [CommandOption("--dev <FILE>")]
    [Description("CoNLL-U dev files scored after training (repeatable).")]
    public string[] Dev { get; init; } = [];

    [CommandOption("--out <FILE>")]
    [Description("Where to write the model (default models/sentences.bin).")]
    public string Out { get; init; } = "models/" + SentenceSplitter.ModelFileName;

    [CommandOption("--epochs <N>")]
    public int Epochs { get; init; } = 8;

    [CommandOption("--seed <N>")]
    public int Seed { get; init; } = 1;

    public override ValidationResult Validate() =>
        Train.Length == 0 ? ValidationResult.Error("--train FILE.conllu is required") : ValidationResult.Success();
}

/// <summary>Trains the sentence boundary classifier and writes it with its manifest.</summary>
public sealed class TrainSentencesCommand : Command<TrainSentencesSettings>
{
    public override int Execute(CommandContext context, TrainSentencesSettings settings, CancellationToken cancellationToken)
    {
        var corpora = settings.Train.SelectMany(f => ConlluRawText.BuildDocuments(ConlluReader.Read(f))).ToList();
        var model = SentenceBoundaryTrainer.Train(corpora, new SentenceBoundaryTrainer.Options(settings.Epochs, settings.Seed),
            line => Console.Error.WriteLine(line));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(settings.Out))!);
        using (var stream = File.Create(settings.Out))
        {
            model.Save(stream);
        }
        var scores = new Dictionary<string, double>();
        var splitter = new SentenceSplitter(model);
        foreach (var dev in settings.Dev)
        {
            var gold = ConlluRawText.Build(ConlluReader.Read(dev));
            var document = new Document(Path.GetFileName(dev), gold.Text);
            document.SetTokens(Tokenizer.Default.Tokenize(gold.Text, document.Body, out var n), n);
            document.SetSentences(splitter.Split(document));
            var result = UdEvaluator.Evaluate(gold, document);
            var name = Path.GetFileNameWithoutExtension(dev);
            scores[$"{name}.sentences_f1"] = Math.Round(result.Sentences.F1 * 100, 2);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}.Sentences {result.Sentences.F1 * 100:F2}"));
        }
        new ModelManifest
        {
            Name = "sentences",
            File = Path.GetFileName(settings.Out),
            Description = "Sentence boundary classifier (hashed averaged perceptron over the gaps between tokens; the hand-written rules' decision is a feature).",
            TrainingData = settings.Train.Select(f => new TrainingSource(Path.GetFileName(f), LicenceOf(f))).ToList(),
            Command = "onrecord train sentences " + string.Join(' ', settings.Train.Select(f => "--train " + f))
                + " " + string.Join(' ', settings.Dev.Select(f => "--dev " + f))
                + $" --epochs {settings.Epochs} --seed {settings.Seed} --out {settings.Out}",
            CodeCommit = ModelManifest.GitCommit(Directory.GetCurrentDirectory()),
            DevScores = scores,
            Licence = "model weights: CC BY-SA 4.0 (derived from CC BY-SA treebanks)",
        }.WriteBeside(settings.Out);
        return CliApp.Success;
    }

    private static string LicenceOf(string path) =>
        path.Contains("ewt", StringComparison.OrdinalIgnoreCase) ? "CC BY-SA 4.0 (UD English EWT)"
        : path.Contains("gum", StringComparison.OrdinalIgnoreCase) ? "CC BY 4.0 annotations, CC BY / CC BY-SA texts (GUM open subset)"
        : "see corpus README";
}
