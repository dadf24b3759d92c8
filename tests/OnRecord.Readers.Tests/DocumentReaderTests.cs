using System.Text;
using OnRecord.Core.Errors;
using OnRecord.Readers.Sources;

namespace OnRecord.Readers.Tests;

public sealed class DocumentReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("onrecord-readers-").FullName;
    private readonly DocumentReader _reader = new(new ReaderOptions { DefaultDate = new DateOnly(2024, 5, 1) });

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text) => WriteBytes(name, Encoding.UTF8.GetBytes(text));

    private string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Plain_text_takes_the_default_date_and_its_file_name_as_id()
    {
        var path = Write("note.txt", "Officials said nothing.");
        var result = Assert.Single(_reader.ReadPath(path));
        Assert.True(result.IsSuccess);
        Assert.Equal("note.txt", result.Document!.Id);
        Assert.Equal(new DateOnly(2024, 5, 1), result.Document.Date);
        Assert.Null(result.Document.Dateline);
    }

    [Fact]
    public void Wire_text_is_detected_in_a_txt_file()
    {
        var path = Write("wire.txt", "date 2023-02-01 TOKYO - Markets fell. REUTERS");
        var d = Assert.Single(_reader.ReadPath(path)).Document!;
        Assert.Equal("TOKYO", d.Dateline);
        Assert.Equal("REUTERS", d.Source);
        Assert.Equal(new DateOnly(2023, 2, 1), d.Date);
    }

    [Fact]
    public void Jsonl_reads_every_line_and_reports_bad_lines_by_number()
    {
        var path = Write("batch.jsonl", string.Join('\n',
            """{"id":"a","text":"First story.","date":"2024-03-06","title":"T","source":"AP","url":"https://x.test/a"}""",
            """{"text":"No id here."}""",
            """{"id":"c","text":""",
            "",
            """{"id":"d"}""",
            """{"id":"e","text":"Bad date.","date":"06/03/2024"}""",
            """{"id":"f","text":"Last.","date":"2024-03-06T21:15:00Z"}"""));
        var results = _reader.ReadPath(path).ToList();
        Assert.Equal(6, results.Count);
        Assert.Equal("a", results[0].Document!.Id);
        Assert.Equal("T", results[0].Document!.Title);
        Assert.Equal("AP", results[0].Document!.Source);
        Assert.Equal("https://x.test/a", results[0].Document!.Url);
        Assert.Equal("batch.jsonl:2", results[1].Document!.Id);
        Assert.Equal(ErrorCode.MalformedJsonLine, results[2].Error!.Code);
        Assert.EndsWith("batch.jsonl:3", results[2].Location);
        Assert.Equal(ErrorCode.MissingText, results[3].Error!.Code);
        Assert.Equal(ErrorCode.UnknownDateFormat, results[4].Error!.Code);
        Assert.Equal(new DateOnly(2024, 3, 6), results[5].Document!.Date);
    }

    [Fact]
    public void Html_page_gives_main_text_title_and_published_date()
    {
        var html = """
            <!DOCTYPE html><html><head><title>Site | Ministers meet</title>
            <meta property="og:title" content="Ministers meet in Oslo">
            <meta property="article:published_time" content="2024-06-02T08:00:00Z">
            </head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><h1>Ministers meet in Oslo</h1>
            <p>Foreign ministers from five countries met in Oslo on Sunday to discuss fishing rights in the Arctic, officials said.</p>
            <p>&#8220;We made progress,&#8221; the Norwegian minister told reporters after the talks, which lasted more than six hours.</p>
            <p>A further round of negotiations is planned for September in Reykjavik, according to a joint statement released afterwards.</p>
            </article><footer>Copyright 2024</footer></body></html>
            """;
        var path = Write("page.html", html);
        var d = Assert.Single(_reader.ReadPath(path)).Document!;
        Assert.Equal("Ministers meet in Oslo", d.Title);
        Assert.Equal(new DateOnly(2024, 6, 2), d.Date);
        Assert.Contains("\u201CWe made progress,\u201D the Norwegian minister", d.Text);
        Assert.Contains("\n\n", d.Text);
        Assert.DoesNotContain("Copyright", d.Text);
        Assert.True(d.IsExtractedText);
    }

    [Fact]
    public void Folders_and_globs_are_read_in_name_order()
    {
        Write("dir/b.txt", "Second.");
        Write("dir/a.txt", "First.");
        Write("dir/sub/c.txt", "Third.");
        Write("dir/skip.bin", "Not read.");
        Assert.Equal(["a.txt", "b.txt", "c.txt"], _reader.ReadPath(Path.Combine(_dir, "dir")).Select(r => r.Document!.Id));
        Assert.Equal(["a.txt", "b.txt"], _reader.ReadPath(Path.Combine(_dir, "dir", "*.txt")).Select(r => r.Document!.Id));
        Assert.Equal(["a.txt", "b.txt", "c.txt"], _reader.ReadPath(Path.Combine(_dir, "dir", "**", "*.txt")).Select(r => r.Document!.Id));
    }

    [Fact]
    public void Standard_input_is_detected_as_jsonl_or_text()
    {
        var jsonl = new MemoryStream(Encoding.UTF8.GetBytes("{\"id\":\"x\",\"text\":\"One.\"}\n{\"id\":\"y\",\"text\":\"Two.\"}\n"));
        Assert.Equal(["x", "y"], _reader.Read(["-"], () => jsonl).Select(r => r.Document!.Id));
        var wire = new MemoryStream(Encoding.UTF8.GetBytes("\ndate 2024-01-02 ROME - Text here. ANSA"));
        var d = Assert.Single(_reader.Read(["-"], () => wire)).Document!;
        Assert.Equal("ROME", d.Dateline);
        Assert.Equal("stdin", d.Id);
    }

    [Fact]
    public void Bad_inputs_each_give_a_coded_error_naming_the_file()
    {
        var cases = new (string Path, ErrorCode Code)[]
        {
            (Write("empty.txt", ""), ErrorCode.EmptyDocument),
            (Write("blank.txt", "  \n\n "), ErrorCode.EmptyDocument),
            (WriteBytes("binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x02]), ErrorCode.BinaryContent),
            (WriteBytes("latin1.txt", Encoding.Latin1.GetBytes("Caf\u00E9 au lait")), ErrorCode.InvalidUtf8),
            (Path.Combine(_dir, "missing.txt"), ErrorCode.PathNotFound),
            (Path.Combine(_dir, "nothing-*.txt"), ErrorCode.PathNotFound),
            (Write("empty.jsonl", ""), ErrorCode.EmptyDocument),
        };
        foreach (var (path, code) in cases)
        {
            var result = Assert.Single(_reader.ReadPath(path));
            Assert.False(result.IsSuccess, path);
            Assert.Equal(code, result.Error!.Code);
            Assert.Contains(Path.GetFileName(path), result.Error.Message);
            Assert.DoesNotContain('\n', result.Error.OneLine);
        }
    }

    [Fact]
    public void An_oversized_file_is_refused_without_reading_it_whole()
    {
        var small = new DocumentReader(new ReaderOptions { MaxDocumentChars = 1000 });
        var path = Write("big.txt", new string('a', 5000));
        Assert.Equal(ErrorCode.DocumentTooLarge, Assert.Single(small.ReadPath(path)).Error!.Code);
        var lines = Write("big.jsonl", "{\"text\":\"" + new string('a', 5000) + "\"}\n{\"text\":\"ok\"}\n");
        var results = small.ReadPath(lines).ToList();
        Assert.Equal(ErrorCode.DocumentTooLarge, results[0].Error!.Code);
        Assert.True(results[1].IsSuccess);
    }
}
