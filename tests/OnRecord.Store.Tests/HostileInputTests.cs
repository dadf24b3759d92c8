using OnRecord.Core.Annotations;
using OnRecord.Core.Documents;
using OnRecord.Core.Errors;
using OnRecord.Store.Ingest;

namespace OnRecord.Store.Tests;

public sealed class HostileInputTests : IDisposable
{
    private readonly TempRecord _record = new();

    public void Dispose() => _record.Dispose();

    [Fact]
    public void A_document_with_a_bad_annotation_fails_alone_and_leaves_no_partial_rows()
    {
        var bad = new Document("bad.txt", "Officials met Erik Holm on Monday.") { Date = new DateOnly(2025, 2, 3) };
        bad.Entities.Add(new EntityMention(new TextRange(14, 23), EntityLabel.PERSON, "Erik Holm"));
        bad.Quotes.Add(new Quote { Content = new TextRange(10, 400), Kind = QuoteKind.Direct });
        using (var writer = RecordWriter.Open(_record.Folder))
        {
            Assert.Equal(IngestOutcome.New, writer.Write(Stories.Port()));
            var error = Assert.Throws<OnRecordException>(() => writer.Write(bad));
            Assert.Equal(ErrorCode.InvalidAnnotation, error.Code);
            Assert.Contains("bad.txt", error.Message);
            Assert.Equal(IngestOutcome.New, writer.Write(Stories.PortFollowUp()));
            Assert.Equal(1, writer.Summary.Failed);
        }
        using var reader = _record.Read();
        var stats = reader.Stats();
        Assert.Equal((2, 5), (stats.Stories, stats.Quotes));
        Assert.Throws<OnRecordException>(() => reader.FindEntity("Erik Holm"));
        Assert.Empty(reader.Verify());
    }

    [Theory]
    [InlineData("Zero\u200Bwidth, emoji 🎉🇺🇳, right-to-left שלום, combining e\u0301, and a lone surrogate \uD800 in the text.")]
    [InlineData("'; DROP TABLE documents; -- \" OR 1=1 \\ % _ *")]
    [InlineData("\u0000\u0001 control characters \t\r\n and\u2028separators")]
    public void Naughty_text_is_stored_and_searched_without_harm(string text)
    {
        var d = new Document("naughty", text) { Date = new DateOnly(2025, 1, 1) };
        d.Quotes.Add(new Quote { Content = new TextRange(0, text.Length), Kind = QuoteKind.Indirect, Speaker = new QuoteSpeaker(new TextRange(0, 4), "Robert'); DROP TABLE quotes;--") });
        Assert.Equal([IngestOutcome.New], _record.Ingest(d));
        Assert.Equal([IngestOutcome.Unchanged], _record.Ingest(d));
        using var reader = _record.Read();
        var row = Assert.Single(reader.SearchQuotes(new()).Rows);
        Assert.Equal(text, row.Content);
        Assert.Equal("Robert'); DROP TABLE quotes;--", reader.Speaker("Robert'); DROP TABLE quotes;--").Entity.Name);
        Assert.Empty(reader.Verify());
    }

    [Theory]
    [InlineData("AND")]
    [InlineData("*")]
    [InlineData("text:")]
    [InlineData("((((")]
    [InlineData("\"")]
    public void Broken_query_syntax_is_a_coded_error_never_a_crash(string query)
    {
        _record.Ingest(Stories.Port());
        using var reader = _record.Read();
        Assert.Equal(ErrorCode.InvalidQuery, Assert.Throws<OnRecordException>(() => reader.SearchQuotes(new() { Text = query })).Code);
    }
}
