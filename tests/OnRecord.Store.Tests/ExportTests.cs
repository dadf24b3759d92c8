using System.Text;
using System.Text.Json;
using OnRecord.Core.Annotations;
using OnRecord.Store.Export;
using OnRecord.Store.Query;
using Parquet;
using Parquet.Schema;

namespace OnRecord.Store.Tests;

public sealed class ExportTests : IClassFixture<ExportTests.Fixture>
{
    private readonly Fixture _fixture;

    public ExportTests(Fixture fixture) => _fixture = fixture;

    public sealed class Fixture : IDisposable
    {
        private readonly TempRecord _record = new();

        public Fixture()
        {
            // A quote with a comma, a double quote and a line break, to exercise CSV quoting.
            var text = "The clerk read the note aloud: \"Yes, we \"\"agree\"\",\nand we sign.\" Nothing more was said.";
            var odd = new StoryBuilder("odd.txt", text, new DateOnly(2024, 12, 1))
                .Quote("Yes, we \"\"agree\"\",\nand we sign.", QuoteKind.Direct, speaker: "The clerk", canonical: "Town Clerk", cue: "read")
                .Build();
            _record.Ingest(Stories.Port(), Stories.PortFollowUp(), odd);
            Reader = _record.Read();
        }

        public RecordReader Reader { get; }

        public void Dispose()
        {
            Reader.Dispose();
            _record.Dispose();
        }
    }

    private List<QuoteRow> Rows(StatementQuery query) => _fixture.Reader.AllQuotes(query).ToList();

    [Fact]
    public void Jsonl_has_one_object_per_quote_with_every_column()
    {
        using var output = new MemoryStream();
        var count = JsonlExporter.Write(Rows(new()), ExportColumns.Quotes, output);
        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(6, count);
        Assert.Equal(6, lines.Length);
        var objects = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.All(objects, o => Assert.Equal(ExportColumns.Quotes.Select(c => c.Name), o.EnumerateObject().Select(p => p.Name)));
        var odd = objects.Single(o => o.GetProperty("doc_id").GetString() == "odd.txt");
        Assert.Equal("Yes, we \"\"agree\"\",\nand we sign.", odd.GetProperty("content").GetString());
        Assert.Equal("Town Clerk", odd.GetProperty("speaker").GetString());
        Assert.Equal(0.9, odd.GetProperty("confidence").GetDouble());
    }

    [Fact]
    public void Csv_quotes_fields_so_they_read_back_exactly()
    {
        using var output = new MemoryStream();
        var rows = Rows(new());
        CsvExporter.Write(rows, ExportColumns.Quotes, output);
        var records = ParseCsv(Encoding.UTF8.GetString(output.ToArray()));
        Assert.Equal(ExportColumns.Quotes.Select(c => c.Name), records[0]);
        Assert.Equal(rows.Count + 1, records.Count);
        var content = records[0].IndexOf("content");
        Assert.Equal(rows.Select(r => r.Content), records.Skip(1).Select(r => r[content]));
    }

    [Fact]
    public async Task Parquet_reads_back_with_the_same_rows()
    {
        var rows = Rows(new() { Speaker = "Verhagen" });
        using var output = new MemoryStream();
        Assert.Equal(4, await ParquetExporter.WriteAsync(rows, ExportColumns.Quotes, output));
        output.Position = 0;
        await using var reader = await ParquetReader.CreateAsync(output);
        Assert.Equal(ExportColumns.Quotes.Select(c => c.Name), reader.Schema.GetDataFields().Select(f => f.Name));
        Assert.Equal(1, reader.RowGroupCount);
        using var group = reader.OpenRowGroupReader(0);
        var contents = new string?[4];
        await group.ReadAsync((DataField)reader.Schema.FindDataField("content"), contents.AsMemory());
        var ids = new long[4];
        await group.ReadAsync(reader.Schema.FindDataField("id"), ids.AsMemory());
        Assert.Equal(rows.Select(r => r.Content), contents);
        Assert.Equal(rows.Select(r => r.Id), ids);
    }

    [Fact]
    public async Task Parquet_of_many_rows_is_written_in_row_groups_and_an_empty_export_is_valid()
    {
        var row = Rows(new())[0];
        var many = Enumerable.Range(0, ParquetExporter.RowGroupSize + 5).Select(i => row with { Id = i });
        using var output = new MemoryStream();
        Assert.Equal(ParquetExporter.RowGroupSize + 5, await ParquetExporter.WriteAsync(many, ExportColumns.Quotes, output));
        output.Position = 0;
        await using (var reader = await ParquetReader.CreateAsync(output))
        {
            Assert.Equal(2, reader.RowGroupCount);
        }
        using var empty = new MemoryStream();
        Assert.Equal(0, await ParquetExporter.WriteAsync(Array.Empty<QuoteRow>(), ExportColumns.Quotes, empty));
        empty.Position = 0;
        await using var emptyReader = await ParquetReader.CreateAsync(empty);
        Assert.Equal(ExportColumns.Quotes.Count, emptyReader.Schema.GetDataFields().Length);
    }

    [Fact]
    public void Stories_export_lists_copies()
    {
        using var output = new MemoryStream();
        Assert.Equal(3, JsonlExporter.Write(_fixture.Reader.AllStories(new()), ExportColumns.Stories, output));
    }

    /// <summary>A strict RFC 4180 reader for the test.</summary>
    private static List<List<string>> ParseCsv(string csv)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                i++;
            }
            else
            {
                field.Append(c);
            }
        }
        return records;
    }
}
