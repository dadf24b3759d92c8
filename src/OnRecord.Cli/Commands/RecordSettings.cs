using System.ComponentModel;
using OnRecord.Core.Annotations;
using OnRecord.Readers.Formats;
using OnRecord.Store;
using OnRecord.Store.Query;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OnRecord.Cli.Commands;

/// <summary>Options of every command that works on a record.</summary>
public class RecordSettings : CommandSettings
{
    [CommandOption("--db <PATH>")]
    [Description("The record's folder (default ./onrecord-data).")]
    public string Db { get; init; } = RecordFolder.DefaultPath;
}

/// <summary>The filters shared by search and export.</summary>
public class FilterSettings : RecordSettings
{
    [CommandOption("--speaker <NAME>")]
    [Description("Only statements by this speaker (any alias: \"Mr Peskov\", \"Peskov\").")]
    public string? Speaker { get; init; }

    [CommandOption("--entity <NAME>")]
    [Description("Only statements (or stories) that mention this entity.")]
    public string? Entity { get; init; }

    [CommandOption("--from <YYYY-MM-DD>")]
    [Description("Statements made (stories published) on or after this day.")]
    public string? From { get; init; }

    [CommandOption("--to <YYYY-MM-DD>")]
    [Description("Statements made (stories published) on or before this day.")]
    public string? To { get; init; }

    [CommandOption("--kind <KIND>")]
    [Description("direct, indirect or mixed.")]
    public string? Kind { get; init; }

    [CommandOption("--documents")]
    [Description("Stories instead of statements.")]
    public bool Documents { get; init; }

    public override ValidationResult Validate()
    {
        foreach (var (name, value) in new[] { ("--from", From), ("--to", To) })
        {
            if (value is not null && !DateParsing.TryParse(value, out _))
            {
                return ValidationResult.Error($"{name} must be YYYY-MM-DD, not '{value}'");
            }
        }
        if (Kind is not (null or "direct" or "indirect" or "mixed"))
        {
            return ValidationResult.Error($"--kind must be direct, indirect or mixed, not '{Kind}'");
        }
        return ValidationResult.Success();
    }

    public StatementQuery ToQuery(string? text, int limit) => new()
    {
        Text = text,
        Speaker = Speaker,
        Entity = Entity,
        From = From is null ? null : DateParsing.Parse(From, "--from"),
        To = To is null ? null : DateParsing.Parse(To, "--to"),
        Kind = Kind switch
        {
            "direct" => QuoteKind.Direct,
            "indirect" => QuoteKind.Indirect,
            "mixed" => QuoteKind.Mixed,
            _ => null,
        },
        Documents = Documents,
        Limit = limit,
    };
}
