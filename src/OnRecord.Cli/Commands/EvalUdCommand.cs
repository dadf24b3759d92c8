using System.ComponentModel;
using System.Globalization;
using OnRecord.Core.Documents;
using OnRecord.Core.Errors;
using OnRecord.Extraction;
using OnRecord.Nlp.Corpora;
using OnRecord.Nlp.Evaluation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OnRecord.Cli.Commands;

public sealed class EvalUdSettings : CommandSettings
{
    [CommandOption("--gold <FILE>")]
    [Description("CoNLL-U file whose raw text is analysed and whose annotation is the gold.")]
    public string? Gold { get; init; }

    [CommandOption("--gold-tokens")]
    [Description("Feed the gold tokens and sentences to the tagger and parser instead of tokenizing the raw text.")]
    public bool GoldTokens { get; init; }

    public override ValidationResult Validate() =>
        Gold is null ? ValidationResult.Error("--gold FILE.conllu is required") : ValidationResult.Success();
}

/// <summary>Prints CoNLL 2018 figures (F1, percent), one <c>name value</c> per line.</summary>
public sealed class EvalUdCommand : Command<EvalUdSettings>
{
    public override int Execute(CommandContext context, EvalUdSettings settings, CancellationToken cancellationToken)
    {
        var gold = ConlluRawText.Build(ConlluReader.Read(settings.Gold!));
        var id = Path.GetFileName(settings.Gold!);
        var pipeline = OnRecordPipeline.Create();
        var scores = settings.GoldTokens
            ? UdEvaluation.GoldTokens(gold, pipeline, id, cancellationToken)
            : UdEvaluation.RawText(gold, pipeline, id, cancellationToken);
        foreach (var (name, counts) in scores.All())
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} {counts.F1 * 100:F2}"));
        }
        foreach (var (name, counts) in scores.All())
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}.precision {counts.Precision * 100:F2}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}.recall {counts.Recall * 100:F2}"));
        }
        return CliApp.Success;
    }
}
