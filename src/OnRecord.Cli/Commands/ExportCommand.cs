using System.ComponentModel;
using OnRecord.Core.Errors;
using OnRecord.Store.Export;
using OnRecord.Store.Query;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OnRecord.Cli.Commands;

public sealed class ExportSettings : FilterSettings
{
    [CommandArgument(0, "[TEXT]")]
    [Description("Optional Lucene query over the text.")]
    public string? Text { get; init; }

    [CommandOption("-f|--format <FORMAT>")]
    [Description("jsonl, csv or parquet.")]
    public string? Format { get; init; }

    [CommandOption("-o|--out <FILE>")]
    [Description("Write to FILE (required for parquet); default standard output.")]
    public string? Out { get; init; }

    public override ValidationResult Validate()
    {
        if (Format is not ("jsonl" or "csv" or "parquet"))
        {
            return ValidationResult.Error($"--format must be jsonl, csv or parquet, not '{Format ?? "(missing)"}'");
        }
        return Format == "parquet" && Out is null ? ValidationResult.Error("--format parquet needs --out FILE") : base.Validate();
    }
}

/// <summary>Streams every matching statement (or story) to JSONL, CSV or Parquet, whatever the size of the record.</summary>
public sealed class ExportCommand : Command<ExportSettings>
{
    public override int Execute(CommandContext context, ExportSettings settings, CancellationToken cancellationToken)
    {
        using var record = RecordReader.Open(settings.Db);
        var query = settings.ToQuery(settings.Text, int.MaxValue);
        // Names are resolved before the output file is created, so a typo leaves no empty file behind.
        foreach (var name in new[] { query.Speaker, query.Entity })
        {
            if (name is not null)
            {
                record.FindEntity(name);
            }
        }
        using var output = Open(settings.Out);
        long rows = settings.Documents
            ? Write(record.AllStories(query), ExportColumns.Stories, settings.Format!, output, cancellationToken)
            : Write(record.AllQuotes(query), ExportColumns.Quotes, settings.Format!, output, cancellationToken);
        output.Flush();
        if (settings.Out is not null)
        {
            ConsoleOutput.Info($"{rows} {(settings.Documents ? "stories" : "statements")} written to {settings.Out}");
        }
        return CliApp.Success;
    }

    private static long Write<T>(IEnumerable<T> rows, IReadOnlyList<ExportColumn<T>> columns, string format, Stream output, CancellationToken cancellationToken)
    {
        var cancellable = rows.TakeWhile(_ => !cancellationToken.IsCancellationRequested);
        return format switch
        {
            "csv" => CsvExporter.Write(cancellable, columns, output),
            "parquet" => ParquetExporter.WriteAsync(cancellable, columns, output, cancellationToken).GetAwaiter().GetResult(),
            _ => JsonlExporter.Write(cancellable, columns, output),
        };
    }

    private static Stream Open(string? path)
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
            throw new OnRecordException(ErrorCode.UnreadableFile, $"{path}: cannot write ({e.Message})");
        }
    }
}
