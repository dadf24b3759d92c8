using System.ComponentModel;
using System.Globalization;
using OnRecord.Cli.Rendering;
using OnRecord.Store.Export;
using OnRecord.Store.Query;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OnRecord.Cli.Commands;

public sealed class SpeakerSettings : RecordSettings
{
    [CommandArgument(0, "<NAME>")]
    [Description("The speaker, by any name the record knows them by (\"Peskov\", \"Mr Peskov\", \"Dmitry Peskov\").")]
    public string Name { get; init; } = "";

    [CommandOption("--limit <N>")]
    [Description("Statements to show in the timeline (default 50).")]
    public int Limit { get; init; } = 50;

    [CommandOption("-f|--format <FORMAT>")]
    [Description("table (default) or jsonl (the timeline's statements).")]
    public string Format { get; init; } = "table";

    public override ValidationResult Validate()
    {
        if (Format is not ("table" or "jsonl"))
        {
            return ValidationResult.Error($"--format must be table or jsonl, not '{Format}'");
        }
        return Limit < 1 ? ValidationResult.Error("--limit must be at least 1") : ValidationResult.Success();
    }
}

/// <summary>Who a speaker is (aliases, roles), a timeline of their statements by statement date, and whom they talk about most.</summary>
public sealed class SpeakerCommand : Command<SpeakerSettings>
{
    public override int Execute(CommandContext context, SpeakerSettings settings, CancellationToken cancellationToken)
    {
        using var record = RecordReader.Open(settings.Db);
        var profile = record.Speaker(settings.Name, settings.Limit);
        if (settings.Format == "jsonl")
        {
            using var output = new BufferedStream(Console.OpenStandardOutput(), 1 << 16);
            JsonlExporter.Write(profile.Timeline, ExportColumns.Quotes, output);
            output.Flush();
            return CliApp.Success;
        }
        var console = AnsiConsole.Console;
        var e = profile.Entity;
        console.MarkupLine($"[bold]{Markup.Escape(e.Name)}[/] ({e.Label})");
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{profile.Statements} statements, {profile.Mentions} mentions"));
        if (profile.Aliases.Count > 0)
        {
            console.WriteLine("aliases: " + string.Join(", ", profile.Aliases.Select(a => string.Create(CultureInfo.InvariantCulture, $"{a.Alias} ({a.Count})"))));
        }
        foreach (var role in profile.Roles)
        {
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"role: {role.Role} ({role.Count}, {role.FirstDate} to {role.LastDate})"));
        }
        if (profile.TalksAbout.Count > 0)
        {
            console.WriteLine("talks about: " + string.Join(", ", profile.TalksAbout.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Name} ({t.Count})"))));
        }
        if (profile.Timeline.Count == 0)
        {
            console.WriteLine("no statements in the record");
            return CliApp.Success;
        }
        var table = new Table().Border(TableBorder.Simple).Expand().Title("timeline");
        table.AddColumn("day").AddColumn("kind").AddColumn(new TableColumn("statement").Width(80)).AddColumn("source");
        foreach (var q in profile.Timeline)
        {
            table.AddRow(Markup.Escape(q.Day ?? "?"), q.Kind, Markup.Escape(RecordTables.Shorten(q.Content, 240)), Markup.Escape(RecordTables.Source(q.Source, q.DocId, q.Copies)));
        }
        console.Write(table);
        if (profile.Timeline.Count < profile.Statements)
        {
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{profile.Timeline.Count} of {profile.Statements} statements (--limit for more)"));
        }
        return CliApp.Success;
    }
}
