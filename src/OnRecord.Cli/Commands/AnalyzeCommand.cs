using System.ComponentModel;
using System.Text.Json;
using OnRecord.Cli.Rendering;
using OnRecord.Core.Documents;
using OnRecord.Core.Pipeline;
using OnRecord.Core.Serialization;
using OnRecord.Extraction;
using OnRecord.Readers;
using OnRecord.Readers.Formats;
using OnRecord.Readers.Sources;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OnRecord.Cli.Commands;

public sealed class AnalyzeSettings : CommandSettings
{
    [CommandArgument(0, "[PATHS]")]
    [Description("Files, folders, globs, or - for standard input (the default).")]
    public string[] Paths { get; init; } = [];

    [CommandOption("-f|--format <FORMAT>")]
    [Description("report (default on a terminal), json, or jsonl (the default when output is redirected).")]
    public string? Format { get; init; }

    [CommandOption("--date <YYYY-MM-DD>")]
    [Description("Publication date for inputs that carry none (plain text).")]
    public string? Date { get; init; }

    [CommandOption("-o|--out <FILE>")]
    [Description("Write to FILE instead of standard output.")]
    public string? Out { get; init; }

    [CommandOption("--accurate")]
    [Description("Recognise entities with contextual vectors from all-MiniLM-L6-v2: more accurate, much slower.")]
    public bool Accurate { get; init; }

    [CommandOption("--threads <N>")]
    [Description("Documents analysed in parallel (default: all cores).")]
    public int? Threads { get; init; }

    public override ValidationResult Validate()
    {
        if (Format is not (null or "report" or "json" or "jsonl"))
        {
            return ValidationResult.Error($"--format must be report, json or jsonl, not '{Format}'");
        }
        if (Date is not null && !DateParsing.TryParse(Date, out _))
        {
            return ValidationResult.Error($"--date must be YYYY-MM-DD, not '{Date}'");
        }
        if (Threads is < 1)
        {
            return ValidationResult.Error("--threads must be at least 1");
        }
        return ValidationResult.Success();
    }
}

public sealed class AnalyzeCommand : Command<AnalyzeSettings>
{
    public override int Execute(CommandContext context, AnalyzeSettings settings, CancellationToken cancellationToken)
    {
        DateOnly? date = settings.Date is null ? null : DateParsing.Parse(settings.Date, "--date");
        var reader = new DocumentReader(new ReaderOptions { DefaultDate = date });
        var paths = settings.Paths.Length == 0 ? ["-"] : settings.Paths.Select(p => p == CliApp.StandardInputArgument ? "-" : p).ToArray();
        var format = settings.Format ?? (settings.Out is null && !Console.IsOutputRedirected ? "report" : "jsonl");
        var pipeline = OnRecordPipeline.Create(settings.Accurate);
        var inputs = reader.Read(paths, Console.OpenStandardInput)
            .Select(r => (r.Location, r.Document, r.Error));
        var results = OrderedBatchRunner.Run(inputs, pipeline, settings.Threads ?? Environment.ProcessorCount, cancellationToken);

        var failures = 0;
        var documents = 0;
        using var output = OpenOutput(settings.Out);
        if (format == "report")
        {
            var console = settings.Out is null
                ? AnsiConsole.Console
                : AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(new StreamWriter(output, leaveOpen: true) { AutoFlush = true }), ColorSystem = ColorSystemSupport.NoColors });
            foreach (var item in results)
            {
                if (Report(item, ref failures))
                {
                    documents++;
                    DocumentReport.Render(console, item.Document!);
                }
            }
        }
        else
        {
            using var writer = new Utf8JsonWriter(output, format == "json" ? DocumentJsonWriter.IndentedOptions : DocumentJsonWriter.CompactOptions);
            if (format == "json")
            {
                writer.WriteStartArray();
            }
            foreach (var item in results)
            {
                if (!Report(item, ref failures))
                {
                    continue;
                }
                documents++;
                DocumentJsonWriter.Write(writer, item.Document!);
                if (format == "jsonl")
                {
                    writer.Flush();
                    writer.Reset();
                    output.WriteByte((byte)'\n');
                }
            }
            if (format == "json")
            {
                writer.WriteEndArray();
                writer.Flush();
                output.WriteByte((byte)'\n');
            }
        }
        output.Flush();
        if (failures > 0)
        {
            ConsoleOutput.Warning($"{failures} input(s) failed, {documents} document(s) analysed");
            return CliApp.PartialFailure;
        }
        return CliApp.Success;
    }

    private static bool Report(ProcessedItem item, ref int failures)
    {
        if (item.Document is not null)
        {
            return true;
        }
        failures++;
        ConsoleOutput.Error(item.Error?.OneLine ?? $"{item.Location}: failed");
        return false;
    }

    private static Stream OpenOutput(string? path)
    {
        if (path is null)
        {
            return new BufferedStream(Console.OpenStandardOutput(), 1 << 16);
        }
        try
        {
            return new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new Core.Errors.OnRecordException(Core.Errors.ErrorCode.UnreadableFile, $"{path}: cannot write ({e.Message})");
        }
    }
}
