using System.Globalization;
using OnRecord.Store.Query;
using Spectre.Console;

namespace OnRecord.Cli.Rendering;

/// <summary>Terminal tables for search results and speaker timelines.</summary>
internal static class RecordTables
{
    public static void Quotes(IAnsiConsole console, SearchResult<QuoteRow> result)
    {
        var table = new Table().Border(TableBorder.Simple).Expand();
        table.AddColumn("day").AddColumn("speaker").AddColumn("kind").AddColumn(new TableColumn("statement").Width(70)).AddColumn("source");
        foreach (var q in result.Rows)
        {
            table.AddRow(
                Markup.Escape(q.Day ?? "?"),
                Markup.Escape(q.Speaker ?? q.SpeakerMention ?? "(unattributed)"),
                q.Kind,
                Markup.Escape(Shorten(q.Content, 220)),
                Markup.Escape(Source(q.Source, q.DocId, q.Copies)));
        }
        console.Write(table);
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Rows.Count} of {result.Total} statements"));
    }

    public static void Stories(IAnsiConsole console, SearchResult<StoryRow> result)
    {
        var table = new Table().Border(TableBorder.Simple).Expand();
        table.AddColumn("date").AddColumn("source").AddColumn(new TableColumn("story").Width(70)).AddColumn("quotes").AddColumn("copies");
        foreach (var s in result.Rows)
        {
            var copies = s.Copies.Count == 0 ? "" : string.Join(", ", s.Copies.Select(c => $"{c.Source ?? c.DocId} ({c.Kind})"));
            table.AddRow(
                Markup.Escape(s.Date ?? "?"),
                Markup.Escape(s.Source ?? ""),
                Markup.Escape($"{s.Title ?? s.DocId}\n{Shorten(s.Snippet, 160)}"),
                s.Quotes.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(copies));
        }
        console.Write(table);
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Rows.Count} of {result.Total} stories"));
    }

    public static string Source(string? source, string docId, int copies) =>
        (source ?? docId) + (copies > 0 ? string.Create(CultureInfo.InvariantCulture, $" +{copies} cop{(copies == 1 ? "y" : "ies")}") : "");

    public static string Shorten(string text, int max)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length <= max ? flat : flat[..(max - 1)] + "…";
    }
}
