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

    public override ValidationResult Validate() =>
        Gold is null ? ValidationResult.Error("--gold FILE.conllu is required") : ValidationResult.Success();
}

/// <summary>Prints CoNLL 2018 figures (F1, percent), one <c>name value</c> per line.</summary>
public sealed class EvalUdCommand : Command<EvalUdSettings>
{
    public override int Execute(CommandContext context, EvalUdSettings settings, CancellationToken cancellationToken)
    {
        var gold = ConlluRawText.Build(ConlluReader.Read(settings.Gold!));
        var document = new Document(Path.GetFileName(settings.Gold!), gold.Text);
        OnRecordPipeline.Create().Process(document, cancellationToken);
        var scores = UdEvaluator.Evaluate(gold, document);
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
