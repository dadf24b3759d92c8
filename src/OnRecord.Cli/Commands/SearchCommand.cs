using System.ComponentModel;
using OnRecord.Cli.Rendering;
using OnRecord.Store.Export;
using OnRecord.Store.Query;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OnRecord.Cli.Commands;

public sealed class SearchSettings : FilterSettings
{
    [CommandArgument(0, "[TEXT]")]
    [Description("Lucene query over the text (\"grain AND sanctions\", \"\\\"fair result\\\"\"); omit for every statement.")]
    public string? Text { get; init; }

    [CommandOption("--limit <N>")]
    [Description("Rows to show (default 20).")]
    public int Limit { get; init; } = 20;

    [CommandOption("-f|--format <FORMAT>")]
    [Description("table (default), jsonl or csv.")]
    public string Format { get; init; } = "table";

    public override ValidationResult Validate()
    {
        if (Format is not ("table" or "jsonl" or "csv"))
        {
            return ValidationResult.Error($"--format must be table, jsonl or csv, not '{Format}'");
        }
        return Limit < 1 ? ValidationResult.Error("--limit must be at least 1") : base.Validate();
    }
}

/// <summary>Finds statements (or stories) by text, speaker, entity, date and kind, best first.</summary>
public sealed class SearchCommand : Command<SearchSettings>
{
    public override int Execute(CommandContext context, SearchSettings settings, CancellationToken cancellationToken)
    {
        using var record = RecordReader.Open(settings.Db);
        var query = settings.ToQuery(settings.Text, settings.Limit);
        using var output = new BufferedStream(Console.OpenStandardOutput(), 1 << 16);
        if (settings.Documents)
        {
            var stories = record.SearchStories(query);
            if (settings.Format == "table")
            {
                output.Dispose();
                RecordTables.Stories(AnsiConsole.Console, stories);
            }
            else
            {
                Write(stories.Rows, ExportColumns.Stories, settings.Format, output);
            }
            return CliApp.Success;
        }
        var quotes = record.SearchQuotes(query);
        if (settings.Format == "table")
        {
            output.Dispose();
            RecordTables.Quotes(AnsiConsole.Console, quotes);
        }
        else
        {
            Write(quotes.Rows, ExportColumns.Quotes, settings.Format, output);
        }
        return CliApp.Success;
    }

    private static void Write<T>(IReadOnlyList<T> rows, IReadOnlyList<ExportColumn<T>> columns, string format, Stream output)
    {
        if (format == "csv")
        {
            CsvExporter.Write(rows, columns, output);
        }
        else
        {
            JsonlExporter.Write(rows, columns, output);
        }
        output.Flush();
    }
}
