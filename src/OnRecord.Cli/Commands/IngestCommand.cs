using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using OnRecord.Cli.Rendering;
using OnRecord.Core.Pipeline;
using OnRecord.Extraction;
using OnRecord.Readers;
using OnRecord.Readers.Formats;
using OnRecord.Readers.Sources;
using OnRecord.Store.Ingest;
using OnRecord.Store.Query;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OnRecord.Cli.Commands;

public sealed class IngestSettings : RecordSettings
{
    [CommandArgument(0, "<PATHS>")]
    [Description("Files, folders, globs, RSS/Atom feeds, http(s) URLs, or - for standard input.")]
    public string[] Paths { get; init; } = [];

    [CommandOption("--date <YYYY-MM-DD>")]
    [Description("Publication date for inputs that carry none (plain text).")]
    public string? Date { get; init; }

    [CommandOption("--threads <N>")]
    [Description("Documents analysed in parallel (default: all cores).")]
    public int? Threads { get; init; }

    [CommandOption("--fetch-articles")]
    [Description("For feed items, fetch the linked article page and store its text rather than the item's summary.")]
    public bool FetchArticles { get; init; }

    [CommandOption("--no-progress")]
    [Description("No progress bar, even on a terminal.")]
    public bool NoProgress { get; init; }

    public override ValidationResult Validate()
    {
        if (Date is not null && !DateParsing.TryParse(Date, out _))
        {
            return ValidationResult.Error($"--date must be YYYY-MM-DD, not '{Date}'");
        }
        return Threads is < 1 ? ValidationResult.Error("--threads must be at least 1") : ValidationResult.Success();
    }
}

/// <summary>Analyses documents on every core and stores them in the record, with a progress bar and a summary of what changed.</summary>
public sealed class IngestCommand : Command<IngestSettings>
{
    public override int Execute(CommandContext context, IngestSettings settings, CancellationToken cancellationToken)
    {
        DateOnly? date = settings.Date is null ? null : DateParsing.Parse(settings.Date, "--date");
        var reader = new DocumentReader(new ReaderOptions { DefaultDate = date, FetchFeedArticles = settings.FetchArticles });
        var paths = settings.Paths.Select(p => p == CliApp.StandardInputArgument ? "-" : p).ToArray();
        var clock = Stopwatch.StartNew();
        using var writer = RecordWriter.Open(settings.Db);
        var inputs = reader.Read(paths, Console.OpenStandardInput).Select(r => (r.Location, r.Document, r.Error));
        var results = ReadAhead.Run(
            OrderedBatchRunner.Run(inputs, OnRecordPipeline.Create(), settings.Threads ?? Environment.ProcessorCount, cancellationToken), 256, cancellationToken);

        var showProgress = !settings.NoProgress && !Console.IsErrorRedirected;
        if (showProgress)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            var expected = InputCounter.Count(paths);
            console.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new DocumentsPerSecondColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .Start(progress =>
                {
                    var task = progress.AddTask("ingest", maxValue: Math.Max(1, expected ?? 1));
                    task.IsIndeterminate = expected is null;
                    foreach (var item in results)
                    {
                        Store(writer, item, line => console.WriteLine(line));
                        task.Increment(1);
                    }
                    task.Value = task.MaxValue;
                });
        }
        else
        {
            foreach (var item in results)
            {
                Store(writer, item, ConsoleOutput.Error);
            }
        }
        var summary = writer.Summary;
        writer.Dispose();
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"new {summary[IngestOutcome.New]}, updated {summary[IngestOutcome.Updated]}, unchanged {summary[IngestOutcome.Unchanged]}, " +
            $"duplicates {summary.Duplicates} (exact {summary[IngestOutcome.ExactDuplicate]}, near {summary[IngestOutcome.NearDuplicate]}), failed {summary.Failed}"));
        using (var record = RecordReader.Open(settings.Db))
        {
            var stats = record.Stats();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{summary.Total} inputs in {seconds:F1} s ({summary.Total / Math.Max(seconds, 1e-3):F1} documents/s); record {settings.Db}: " +
                $"{stats.Stories} stories, {stats.Copies} copies, {stats.Quotes} quotes, {stats.Entities} entities"));
        }
        return summary.Failed > 0 ? CliApp.PartialFailure : CliApp.Success;
    }

    private static void Store(RecordWriter writer, ProcessedItem item, Action<string> error)
    {
        if (item.Document is null)
        {
            writer.Summary.AddFailure();
            error("error: " + (item.Error?.OneLine ?? $"{item.Location}: failed"));
            return;
        }
        try
        {
            writer.Write(item.Document);
        }
        catch (Core.Errors.OnRecordException e) when (e.Code is not (Core.Errors.ErrorCode.StoreCorrupt or Core.Errors.ErrorCode.StoreWrite or Core.Errors.ErrorCode.StoreLocked))
        {
            error("error: " + e.OneLine);
        }
    }
}
