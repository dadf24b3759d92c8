using System.ComponentModel;
using System.Globalization;
using OnRecord.Core.Documents;
using OnRecord.Core.Errors;
using OnRecord.Core.Pipeline;
using OnRecord.Extraction;
using OnRecord.Extraction.Quotes;
using OnRecord.Extraction.Quotes.Evaluation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OnRecord.Cli.Commands;

public sealed class EvalQuotesSettings : CommandSettings
{
    [CommandOption("--gold <FILE>")]
    [Description("Gold attributions, one document per line in the PolNeAR JSON-lines schema.")]
    public string? Gold { get; init; }

    [CommandOption("--mode <MODE>")]
    [Description("model (the shipped quotation model) or rules (no trained model). Default: what analyze uses.")]
    public string? Mode { get; init; }

    [CommandOption("--errors <FILE>")]
    [Description("Write every missed, spurious, mis-bounded and mis-attributed quotation to FILE, for error analysis.")]
    public string? Errors { get; init; }

    [CommandOption("--threads <N>")]
    [Description("Documents analysed in parallel (default: all cores).")]
    public int? Threads { get; init; }

    public override ValidationResult Validate() =>
        Gold is null ? ValidationResult.Error("--gold FILE.jsonl is required")
        : Mode is not (null or "model" or "rules") ? ValidationResult.Error($"--mode must be model or rules, not '{Mode}'")
        : Threads is < 1 ? ValidationResult.Error("--threads must be at least 1")
        : ValidationResult.Success();
}

/// <summary>
/// Scores quotation extraction against gold attributions: content exact and overlap P/R/F1, speaker accuracy
/// on matched quotations, recall per kind. Prints one <c>name value</c> per line (percentages).
/// </summary>
public sealed class EvalQuotesCommand : Command<EvalQuotesSettings>
{
    public override int Execute(CommandContext context, EvalQuotesSettings settings, CancellationToken cancellationToken)
    {
        var extractor = settings.Mode switch
        {
            "rules" => QuoteExtractor.Rules,
            "model" => QuoteExtractor.Shipped(),
            _ => QuoteExtractor.Default,
        };
        var pipeline = OnRecordPipeline.CreateBuilder().WithQuotes(extractor).Build();
        var gold = GoldQuoteReader.Read(settings.Gold!).ToList();
        var inputs = gold.Select(g => (g.Id, (Document?)new Document(g.Id, g.Text) { Date = g.Date }, (OnRecordException?)null));
        var evaluator = new QuoteEvaluator();
        var index = 0;
        foreach (var item in OrderedBatchRunner.Run(inputs, pipeline, settings.Threads ?? Environment.ProcessorCount, cancellationToken))
        {
            var g = gold[index++];
            if (item.Document is null)
            {
                ConsoleOutput.Error(item.Error!.OneLine);
                evaluator.Add(g.Id, g.Text, g.Quotes, []);
                continue;
            }
            evaluator.Add(g.Id, g.Text, g.Quotes, item.Document.Quotes);
        }
        Console.WriteLine($"mode {extractor.Mode}");
        foreach (var (name, value) in evaluator.Scores().All())
        {
            var format = name.StartsWith("count.", StringComparison.Ordinal) || name.EndsWith(".count", StringComparison.Ordinal) ? "F0" : "F2";
            Console.WriteLine($"{name} {value.ToString(format, CultureInfo.InvariantCulture)}");
        }
        if (settings.Errors is { } path)
        {
            ErrorReport.Write(path, gold, evaluator.Errors);
        }
        return CliApp.Success;
    }

    /// <summary>Writes errors as readable lines: type, kind, the gold and system spans in context.</summary>
    private static class ErrorReport
    {
        public static void Write(string path, List<GoldDocument> gold, IReadOnlyList<QuoteError> errors)
        {
            var texts = gold.ToDictionary(g => g.Id, g => g.Text);
            using var writer = new StreamWriter(path);
            foreach (var e in errors)
            {
                var text = texts[e.DocumentId];
                writer.WriteLine($"## {e.Type} {e.Kind} {e.DocumentId}");
                if (e.Gold is { } g)
                {
                    writer.WriteLine($"gold:   {Show(text, g)}");
                }
                if (e.System is { } s)
                {
                    writer.WriteLine($"system: {Show(text, s)}");
                }
                if (e.GoldSpeaker is { } gs)
                {
                    writer.WriteLine($"gold speaker:   {Slice(text, gs)}");
                }
                if (e.SystemSpeaker is { } ss)
                {
                    writer.WriteLine($"system speaker: {Slice(text, ss)}");
                }
            }
        }

        private static string Show(string text, TextRange r)
        {
            var from = Math.Max(0, r.Start - 80);
            var to = Math.Min(text.Length, r.End + 60);
            return (text[from..r.Start] + "[[" + text[r.Start..r.End] + "]]" + text[r.End..to]).ReplaceLineEndings(" / ");
        }

        private static string Slice(string text, TextRange r) => text[r.Start..r.End].ReplaceLineEndings(" / ");
    }
}
