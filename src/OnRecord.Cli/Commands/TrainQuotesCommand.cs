using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using OnRecord.Extraction.Quotes.Learning.Training;
using OnRecord.Nlp.Models;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OnRecord.Cli.Commands;

public sealed class TrainQuotesSettings : CommandSettings
{
    [CommandOption("--train <FILE>")]
    [Description("Gold attributions to train on (PolNeAR JSON lines).")]
    public string? Train { get; init; }

    [CommandOption("--dev <FILE>")]
    [Description("Gold attributions to tune the cue threshold on and report.")]
    public string? Dev { get; init; }

    [CommandOption("-o|--out <FILE>")]
    [Description("Where to write the model (a manifest is written beside it).")]
    public string? Out { get; init; }

    [CommandOption("--epochs <N>")]
    [Description("Passes over the training documents (default 8).")]
    public int Epochs { get; init; } = 8;

    [CommandOption("--threads <N>")]
    [Description("Documents analysed in parallel (default: all cores).")]
    public int? Threads { get; init; }

    [CommandOption("--commit <SHA>")]
    [Description("Code commit recorded in the manifest.")]
    public string? Commit { get; init; }

    [CommandOption("--data-licence <TEXT>")]
    [Description("The training data's licence, recorded in the manifest.")]
    public string? DataNote { get; init; }

    [CommandOption("--model-licence <TEXT>")]
    [Description("The terms the model may be used under, recorded in the manifest.")]
    public string? ModelLicence { get; init; }

    [CommandOption("--seed <N>")]
    [Description("Seed of the order training documents are visited in (default 20240306).")]
    public int Seed { get; init; } = QuoteTraining.DefaultSeed;

    [CommandOption("--span-errors <FILE>")]
    [Description("Write the development attributions whose content span is wrong even given the gold cue, for error analysis.")]
    public string? SpanErrors { get; init; }

    public override ValidationResult Validate() =>
        Train is null || Dev is null || Out is null ? ValidationResult.Error("--train FILE, --dev FILE and --out FILE are required")
        : Epochs is < 1 or > 100 ? ValidationResult.Error("--epochs must be between 1 and 100")
        : ValidationResult.Success();
}

/// <summary>Trains the quotation model and writes it with a manifest (data, command, commit, dev scores, size, sha256).</summary>
public sealed class TrainQuotesCommand : Command<TrainQuotesSettings>
{
    public override int Execute(CommandContext context, TrainQuotesSettings settings, CancellationToken cancellationToken)
    {
        using var spanErrors = settings.SpanErrors is null ? null : new StreamWriter(settings.SpanErrors);
        var result = QuoteTraining.Train(settings.Train!, settings.Dev!, settings.Epochs, settings.Threads ?? Environment.ProcessorCount, ConsoleOutput.Info, spanErrors, settings.Seed);
        result.Model.Save(settings.Out!);
        var scores = result.DevScores.All().ToDictionary(s => s.Name, s => Math.Round(s.Value, 2));
        foreach (var (name, value) in scores)
        {
            Console.WriteLine($"{name} {value.ToString(CultureInfo.InvariantCulture)}");
        }
        var manifest = new Dictionary<string, object?>
        {
            ["name"] = "quotes",
            ["file"] = Path.GetFileName(settings.Out!),
            ["description"] = "Quotation attribution: cue heads, content spans and speaker heads (three averaged perceptrons over hashed features; the rules' findings are features).",
            ["training_data"] = new[]
            {
                new Dictionary<string, object?>
                {
                    ["path"] = Path.GetFileName(settings.Train!),
                    ["documents"] = result.TrainDocuments,
                    ["attributions"] = result.TrainAttributions,
                    ["licence"] = settings.DataNote ?? "not stated",
                },
            },
            ["dev_data"] = Path.GetFileName(settings.Dev!),
            ["command"] = $"onrecord train quotes --train {settings.Train} --dev {settings.Dev} --out {settings.Out} --epochs {settings.Epochs}" + (settings.Seed != QuoteTraining.DefaultSeed ? $" --seed {settings.Seed}" : ""),
            ["code_commit"] = settings.Commit,
            ["trained_with_layers"] = result.Model.TrainedWith.ToString(),
            ["cue_threshold"] = result.Model.Thresholds.Threshold,
            ["weak_cue_margin"] = result.Model.Thresholds.WeakMargin,
            ["nested_cue_margin"] = result.Model.Thresholds.NestedMargin,
            ["non_zero_weights"] = result.Model.NonZeroWeights,
            ["dev_scores"] = scores,
            ["size_bytes"] = new FileInfo(settings.Out!).Length,
            ["sha256"] = ModelFile.HashFile(settings.Out!),
            ["licence"] = settings.ModelLicence ?? "not stated",
        };
        var manifestPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(settings.Out!))!, Path.GetFileNameWithoutExtension(settings.Out!) + ".manifest.json");
        File.WriteAllText(manifestPath, JsonSerializer.Serialize(manifest, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
        ConsoleOutput.Info($"wrote {settings.Out} and {manifestPath}");
        return CliApp.Success;
    }
}
