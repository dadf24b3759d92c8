using System.ComponentModel;
using System.Globalization;
using OnRecord.Nlp.Entities;
using OnRecord.Nlp.Entities.Training;
using OnRecord.Nlp.Evaluation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OnRecord.Cli.Commands;

public sealed class EvalNerSettings : CommandSettings
{
    [CommandOption("--gold <FILE>")]
    [Description("IOB file: Universal NER .iob2 (index, token, tag) or CoNLL-style 'token … tag' lines (IOB1 or IOB2).")]
    public string? Gold { get; init; }

    [CommandOption("--model <FILE>")]
    [Description("NER model file (default: the shipped models/ner.bin).")]
    public string? Model { get; init; }

    [CommandOption("--errors <N>")]
    [Description("Also print up to N sentences with errors (gold vs system) to standard error.")]
    public int Errors { get; init; }

    public override ValidationResult Validate() =>
        Gold is null ? ValidationResult.Error("--gold FILE is required") : ValidationResult.Success();
}

/// <summary>
/// Prints exact-span entity P/R/F1 (percent), one <c>name value</c> per line: the headline figure (PER/ORG/LOC
/// for CoNLL-style gold, all OntoNotes labels otherwise), then the PER/ORG/LOC view and each label.
/// </summary>
public sealed class EvalNerCommand : Command<EvalNerSettings>
{
    public override int Execute(CommandContext context, EvalNerSettings settings, CancellationToken cancellationToken)
    {
        var gold = IobReader.Read(settings.Gold!);
        var recognizer = settings.Model is null ? EntityRecognizer.Default : EntityRecognizer.Load(settings.Model);
        var scores = NerTrainingRecipe.Evaluate(recognizer, gold, out var predicted);
        var shown = 0;
        for (var i = 0; i < gold.Count && shown < settings.Errors; i++)
        {
            var g = gold[i].Mentions.Select(m => Describe(gold[i].Words, m.Start, m.End, m.Type)).ToList();
            var p = predicted[i].Select(m => Describe(gold[i].Words, m.Start, m.End, m.Label)).ToList();
            if (!g.Order().SequenceEqual(p.Order()))
            {
                shown++;
                ConsoleOutput.Info($"# {string.Join(' ', gold[i].Words)}");
                ConsoleOutput.Info($"  missed: {string.Join(" ; ", g.Except(p))}");
                ConsoleOutput.Info($"  wrong:  {string.Join(" ; ", p.Except(g))}");
            }
        }
        foreach (var line in NerReport.Lines(scores))
        {
            Console.WriteLine(line);
        }
        return CliApp.Success;
    }

    private static string Describe(string[] words, int start, int end, string label) => $"{string.Join(' ', words[start..end])}/{label}";
}

/// <summary>The <c>name value</c> lines of NER scores, shared by eval and train.</summary>
internal static class NerReport
{
    public static IEnumerable<string> Lines(NerScores scores, string prefix = "")
    {
        yield return Line(prefix + "sentences", scores.Sentences);
        yield return Line(prefix + "tokens", scores.Tokens);
        yield return Line(prefix + "gold", scores.Main.Gold);
        yield return Line(prefix + "system", scores.Main.System);
        foreach (var l in Prf(prefix, scores.Main))
        {
            yield return l;
        }
        foreach (var l in Prf(prefix + "mapped.", scores.Mapped))
        {
            yield return l;
        }
        foreach (var (label, counts) in scores.MappedByLabel)
        {
            foreach (var l in Prf($"{prefix}mapped.{label}.", counts))
            {
                yield return l;
            }
        }
        if (!scores.ConllStyleGold)
        {
            foreach (var (label, counts) in scores.ExactByLabel)
            {
                foreach (var l in Prf($"{prefix}label.{label}.", counts))
                {
                    yield return l;
                }
            }
        }
    }

    private static IEnumerable<string> Prf(string prefix, PrfCounts c)
    {
        yield return Line(prefix + "f1", c.F1 * 100);
        yield return Line(prefix + "precision", c.Precision * 100);
        yield return Line(prefix + "recall", c.Recall * 100);
    }

    private static string Line(string name, double value) => string.Create(CultureInfo.InvariantCulture, $"{name} {value:F2}");

    private static string Line(string name, int value) => string.Create(CultureInfo.InvariantCulture, $"{name} {value}");
}
