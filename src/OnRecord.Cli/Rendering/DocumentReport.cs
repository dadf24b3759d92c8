using OnRecord.Core.Annotations;
using OnRecord.Core.Documents;
using OnRecord.Core.Serialization;
using Spectre.Console;

namespace OnRecord.Cli.Rendering;

/// <summary>The readable report: metadata, then each filled layer as a table.</summary>
internal static class DocumentReport
{
    public static void Render(IAnsiConsole console, Document d)
    {
        var meta = new Grid().AddColumn().AddColumn();
        meta.AddRow("[grey]date[/]", Markup.Escape(d.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "—"));
        meta.AddRow("[grey]dateline[/]", Markup.Escape(d.Dateline ?? "—"));
        meta.AddRow("[grey]source[/]", Markup.Escape(d.Source ?? "—"));
        if (d.Title is not null)
        {
            meta.AddRow("[grey]title[/]", Markup.Escape(d.Title));
        }
        if (d.Url is not null)
        {
            meta.AddRow("[grey]url[/]", Markup.Escape(d.Url));
        }
        meta.AddRow("[grey]size[/]", $"{d.Sentences.Length} sentences, {d.TokenCount} tokens");
        console.Write(new Panel(meta).Header($"[bold]{Markup.Escape(d.Id)}[/]").Expand());

        if (d.Entities.Count > 0)
        {
            var table = NewTable("Entities", "text", "label", "canonical", "role");
            foreach (var e in d.Entities)
            {
                table.AddRow(Esc(d.TextOf(e.Range)), e.Label.ToString(), Esc(e.Canonical), Esc(e.Role ?? ""));
            }
            console.Write(table);
        }
        if (d.Quotes.Count > 0)
        {
            var table = NewTable("Quotes", "speaker", "kind", "cue", "content");
            foreach (var q in d.Quotes)
            {
                table.AddRow(Esc(SpeakerText(d, q)), DocumentJsonWriter.KindName(q.Kind), Esc(q.Cue is { } c ? d.TextOf(c) : ""), Esc(ContentText(d, q)));
            }
            console.Write(table);
        }
        if (d.Timexes.Count > 0)
        {
            var table = NewTable("Time expressions", "text", "type", "value", "mod");
            foreach (var t in d.Timexes)
            {
                table.AddRow(Esc(d.TextOf(t.Range)), t.Type.ToString(), Esc(t.Value), Esc(t.Mod ?? ""));
            }
            console.Write(table);
        }
        if (d.Quantities.Count > 0)
        {
            var table = NewTable("Quantities", "text", "value", "unit", "measure");
            foreach (var q in d.Quantities)
            {
                table.AddRow(Esc(d.TextOf(q.Range)), q.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", Esc(q.Unit ?? ""), Esc(q.Measure is { } m ? d.TextOf(m) : ""));
            }
            console.Write(table);
        }
        var sentences = NewTable("Sentences", "#", "text");
        var index = 0;
        foreach (var s in d.Sentences)
        {
            sentences.AddRow((++index).ToString(System.Globalization.CultureInfo.InvariantCulture), Esc(d.TextOf(d.CharRange(s))));
        }
        console.Write(sentences);
        console.WriteLine();
    }

    /// <summary>"Dmitry Peskov (he; Kremlin spokesman)": who it resolves to, then the words that name them when the name is not among them, and their role.</summary>
    private static string SpeakerText(Document d, Quote q)
    {
        if (q.Speaker is not { } s)
        {
            return "?";
        }
        var mention = d.TextOf(s.Mention);
        var canonical = s.Canonical ?? mention;
        var notes = new List<string>(2);
        if (!mention.Contains(canonical, StringComparison.Ordinal))
        {
            notes.Add(mention);
        }
        if (s.Role is { } role)
        {
            notes.Add(role);
        }
        return notes.Count == 0 ? canonical : $"{canonical} ({string.Join("; ", notes)})";
    }

    /// <summary>The quoted words; the pieces of an interrupted quotation are joined with " … ".</summary>
    private static string ContentText(Document d, Quote q) =>
        q.Fragments.Length > 1 ? string.Join(" … ", q.Fragments.Select(d.TextOf)) : d.TextOf(q.Content);

    private static Table NewTable(string title, params string[] columns)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"[bold]{title}[/]").Expand();
        foreach (var column in columns)
        {
            table.AddColumn(new TableColumn($"[grey]{column}[/]"));
        }
        return table;
    }

    private static string Esc(string text) => Markup.Escape(text.ReplaceLineEndings(" "));
}
