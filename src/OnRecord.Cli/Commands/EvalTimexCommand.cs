using System.ComponentModel;
using System.Globalization;
using OnRecord.Extraction;
using OnRecord.Extraction.Time.Evaluation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OnRecord.Cli.Commands;

public sealed class EvalTimexSettings : CommandSettings
{
    [CommandOption("--gold <FILE>")]
    [Description("JSONL gold in the schema of shared/time/ (TIMEX3, or Recognizers-Text / Duckling cases, converted).")]
    public string? Gold { get; init; }

    [CommandOption("--errors <FILE>")]
    [Description("Also write every missed, spurious or wrongly valued expression to FILE, one per line.")]
    public string? Errors { get; init; }

    public override ValidationResult Validate() =>
        Gold is null ? ValidationResult.Error("--gold FILE.jsonl is required") : ValidationResult.Success();
}

/// <summary>Prints TempEval-3 time-expression figures (percent), one <c>name value</c> per line.</summary>
public sealed class EvalTimexCommand : Command<EvalTimexSettings>
{
    public override int Execute(CommandContext context, EvalTimexSettings settings, CancellationToken cancellationToken)
    {
        var cases = TimexGoldReader.Read(settings.Gold!);
        var errors = settings.Errors is null ? null : new List<TimexError>();
        var scores = TimexEvaluator.Evaluate(cases, OnRecordPipeline.Create(), errors, cancellationToken);
        foreach (var (name, value, percent) in scores.All())
        {
            Console.WriteLine(percent
                ? string.Create(CultureInfo.InvariantCulture, $"{name} {value * 100:F2}")
                : string.Create(CultureInfo.InvariantCulture, $"{name} {value:F0}"));
        }
        if (errors is not null)
        {
            File.WriteAllLines(settings.Errors!, errors.Select(e => $"{e.Kind}\t{e.CaseId}\t{e.Text}\texpected={e.Expected}\tactual={e.Actual}"));
        }
        return CliApp.Success;
    }
}
