using System.Text.Json;
using OnRecord.Core.Annotations;
using OnRecord.Core.Documents;
using OnRecord.Core.Pipeline;
using OnRecord.Store.Ingest;
using Parquet;

namespace OnRecord.Cli.Tests;

/// <summary>search, speaker and export over a record written with hand-annotated statements (independent of extraction quality).</summary>
public sealed class RecordCommandsTests : IClassFixture<RecordCommandsTests.Fixture>
{
    private readonly string _db;

    public RecordCommandsTests(Fixture fixture) => _db = fixture.Db;

    public sealed class Fixture : IDisposable
    {
        private readonly string _dir = Directory.CreateTempSubdirectory("onrecord-commands-").FullName;

        public Fixture()
        {
            Db = Path.Combine(_dir, "record");
            using var writer = RecordWriter.Open(Db);
            writer.Write(Story("bridge-1", new DateOnly(2025, 4, 2),
                "Mayor Lucia Ferreira said the bridge would reopen in May. \"We will not cut corners, not even by a day,\" Ms Ferreira told reporters.",
                ("the bridge would reopen in May", QuoteKind.Indirect, "Mayor Lucia Ferreira", "said"),
                ("We will not cut corners, not even by a day,", QuoteKind.Direct, "Ms Ferreira", "told reporters")));
            writer.Write(Story("bridge-2", new DateOnly(2025, 5, 20),
                "Lucia Ferreira said the bridge had reopened on time. Engineer Tomas Vidal said the repairs to the bridge cost less than planned.",
                ("the bridge had reopened on time", QuoteKind.Indirect, "Lucia Ferreira", "said"),
                ("the repairs to the bridge cost less than planned", QuoteKind.Indirect, "Engineer Tomas Vidal", "said")));
        }

        public string Db { get; }

        public void Dispose() => Directory.Delete(_dir, recursive: true);

        private static Document Story(string id, DateOnly date, string text, params (string Content, QuoteKind Kind, string Speaker, string Cue)[] quotes)
        {
            var d = new Document(id, text) { Date = date, Source = "LOCAL" };
            foreach (var (content, kind, speaker, cue) in quotes)
            {
                var c = text.IndexOf(content, StringComparison.Ordinal);
                var s = text.IndexOf(speaker, StringComparison.Ordinal);
                var u = text.IndexOf(cue, s, StringComparison.Ordinal);
                var canonical = speaker.Contains("Vidal", StringComparison.Ordinal) ? "Tomas Vidal" : "Lucia Ferreira";
                var role = speaker.StartsWith("Mayor", StringComparison.Ordinal) ? "Mayor" : speaker.StartsWith("Engineer", StringComparison.Ordinal) ? "Engineer" : null;
                d.Quotes.Add(new Quote
                {
                    Content = new TextRange(c, c + content.Length),
                    Kind = kind,
                    Cue = new TextRange(u, u + cue.Length),
                    Speaker = new QuoteSpeaker(new TextRange(s, s + speaker.Length), canonical, role, EntityLabel.PERSON),
                    StatementDate = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                });
            }
            var b = text.IndexOf("bridge", StringComparison.Ordinal);
            d.Entities.Add(new EntityMention(new TextRange(b, b + 6), EntityLabel.FAC, "bridge"));
            d.MarkAssigned(Layers.Quotes | Layers.Entities);
            return d;
        }
    }

    private static List<JsonElement> Lines(string stdout) =>
        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    private List<string> Contents(params string[] args) =>
        Lines(CliRunner.Run(["search", .. args, "--db", _db, "--format", "jsonl"]).AssertExit(0).Stdout).Select(o => o.GetProperty("content").GetString()!).ToList();

    [Fact]
    public void Search_filters_from_the_command_line()
    {
        Assert.Equal(4, Contents().Count);
        Assert.Equal(3, Contents("--speaker", "Ferreira").Count);
        Assert.Equal(["the repairs to the bridge cost less than planned"], Contents("bridge", "--speaker", "Tomas Vidal"));
        Assert.Equal(["We will not cut corners, not even by a day,"], Contents("--kind", "direct"));
        Assert.Equal(2, Contents("--from", "2025-05-01", "--to", "2025-05-31").Count);
        Assert.Equal(2, Contents("--entity", "bridge").Count);
        Assert.Single(Contents("--limit", "1"));
        Assert.Equal(["the bridge had reopened on time"], Contents("reopened", "--speaker", "Mayor Ferreira", "--from", "2025-05-01"));
    }

    [Fact]
    public void Search_table_and_csv_formats()
    {
        var table = CliRunner.Run("search", "corners", "--db", _db).AssertExit(0);
        Assert.Contains("Lucia Ferreira", table.Stdout);
        Assert.Contains("1 of 1 statements", table.Stdout);
        var csv = CliRunner.Run("search", "corners", "--db", _db, "--format", "csv").AssertExit(0);
        var lines = csv.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,doc_id,date,", lines[0]);
        Assert.Contains("\"We will not cut corners, not even by a day,\"", lines[1]);
    }

    [Theory]
    [InlineData("--kind", "quoted")]
    [InlineData("--from", "May 2025")]
    [InlineData("--format", "xml")]
    [InlineData("--limit", "0")]
    public void Bad_search_options_are_usage_errors(params string[] args)
    {
        var result = CliRunner.Run(["search", "--db", _db, .. args]);
        result.AssertExit(2);
        Assert.Contains("E400", result.Stderr);
    }

    [Fact]
    public void Names_and_queries_that_cannot_be_resolved_are_coded_errors()
    {
        var unknown = CliRunner.Run("search", "--speaker", "Nobody Known", "--db", _db).AssertExit(1);
        Assert.Contains("E402", unknown.Stderr);
        var query = CliRunner.Run("search", "\"unclosed", "--db", _db).AssertExit(1);
        Assert.Contains("E401", query.Stderr);
    }

    [Fact]
    public void Speaker_shows_aliases_roles_and_a_timeline()
    {
        var result = CliRunner.Run("speaker", "Ferreira", "--db", _db).AssertExit(0);
        Assert.Contains("Lucia Ferreira (PERSON)", result.Stdout);
        Assert.Contains("3 statements", result.Stdout);
        Assert.Contains("Ms Ferreira", result.Stdout);
        Assert.Contains("role: Mayor (1, 2025-04-02 to 2025-04-02)", result.Stdout);
        var first = result.Stdout.IndexOf("2025-04-02", result.Stdout.IndexOf("timeline", StringComparison.Ordinal), StringComparison.Ordinal);
        var last = result.Stdout.IndexOf("2025-05-20", StringComparison.Ordinal);
        Assert.True(first > 0 && last > first, result.Stdout);

        var jsonl = Lines(CliRunner.Run("speaker", "Lucia Ferreira", "--db", _db, "--format", "jsonl").AssertExit(0).Stdout);
        Assert.Equal(["2025-04-02", "2025-04-02", "2025-05-20"], jsonl.Select(o => o.GetProperty("statement_day").GetString()));
    }

    [Fact]
    public async Task Export_writes_every_format_and_parquet_reads_back()
    {
        var dir = Path.GetDirectoryName(_db)!;
        var jsonl = CliRunner.Run("export", "--format", "jsonl", "--db", _db).AssertExit(0);
        Assert.Equal(4, Lines(jsonl.Stdout).Count);
        var csv = CliRunner.Run("export", "--format", "csv", "--speaker", "Vidal", "--db", _db).AssertExit(0);
        Assert.Equal(2, csv.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        var parquet = Path.Combine(dir, "quotes.parquet");
        CliRunner.Run("export", "bridge", "--format", "parquet", "--out", parquet, "--db", _db).AssertExit(0);
        await using (var reader = await ParquetReader.CreateAsync(parquet))
        {
            using var group = reader.OpenRowGroupReader(0);
            Assert.Equal(3, group.RowCount);
            var speakers = new string?[3];
            await group.ReadAsync(reader.Schema.FindDataField("speaker"), speakers.AsMemory());
            Assert.Equal(["Lucia Ferreira", "Lucia Ferreira", "Tomas Vidal"], speakers.Order(StringComparer.Ordinal));
        }
        var stories = CliRunner.Run("export", "--documents", "--format", "jsonl", "--db", _db).AssertExit(0);
        Assert.Equal(["bridge-1", "bridge-2"], Lines(stories.Stdout).Select(o => o.GetProperty("doc_id").GetString()));
        CliRunner.Run("export", "--format", "parquet", "--db", _db).AssertExit(2);
        var typo = Path.Combine(dir, "typo.csv");
        Assert.Contains("E402", CliRunner.Run("export", "--format", "csv", "--speaker", "Lucia Ferrera Smith", "--out", typo, "--db", _db).AssertExit(1).Stderr);
        Assert.False(File.Exists(typo));
    }
}
