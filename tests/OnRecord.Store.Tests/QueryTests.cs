using OnRecord.Core.Annotations;
using OnRecord.Core.Errors;
using OnRecord.Store.Query;

namespace OnRecord.Store.Tests;

/// <summary>Every filter of <see cref="StatementQuery"/>, alone and together, over three hand-annotated stories.</summary>
public sealed class QueryTests : IClassFixture<QueryTests.Fixture>
{
    private readonly RecordReader _reader;

    public QueryTests(Fixture fixture) => _reader = fixture.Reader;

    public sealed class Fixture : IDisposable
    {
        private readonly TempRecord _record = new();

        public Fixture()
        {
            var text = Stories.Wire(
                "The U.S. will review its grain purchases, Agriculture Secretary Maria Okafor said on Tuesday.\n\n" +
                "\"America's farmers deserve better prices, and we will get them,\" Ms Okafor said.\n\n" +
                "Brazil's trade minister, Paulo Serra, said the review was a matter for Washington.",
                new DateOnly(2025, 1, 14), "WASHINGTON", "AP");
            var grain = new StoryBuilder("grain.txt", text, new DateOnly(2025, 1, 14)) { Source = "AP", Title = "US to review grain purchases" }
                .Entity("U.S.", EntityLabel.GPE)
                .Entity("Maria Okafor", EntityLabel.PERSON, role: "Agriculture Secretary")
                .Entity("America", EntityLabel.GPE)
                .Entity("Ms Okafor", EntityLabel.PERSON, canonical: "Maria Okafor")
                .Entity("Brazil", EntityLabel.GPE)
                .Entity("Paulo Serra", EntityLabel.PERSON, role: "trade minister")
                .Entity("Washington", EntityLabel.GPE)
                .Quote("The U.S. will review its grain purchases", QuoteKind.Indirect, speaker: "Agriculture Secretary Maria Okafor", canonical: "Maria Okafor", cue: "said", role: "Agriculture Secretary")
                .Quote("America's farmers deserve better prices, and we will get them,", QuoteKind.Direct, speaker: "Ms Okafor", canonical: "Maria Okafor", cue: "said")
                .Quote("the review was a matter for Washington", QuoteKind.Indirect, speaker: "Paulo Serra", canonical: "Paulo Serra", cue: "said")
                .Build();
            _record.Ingest(grain, Stories.Port(), Stories.PortFollowUp());
            Reader = _record.Read();
        }

        public RecordReader Reader { get; }

        public void Dispose()
        {
            Reader.Dispose();
            _record.Dispose();
        }
    }

    private List<string> Contents(StatementQuery query) => _reader.SearchQuotes(query).Rows.Select(r => r.Content).ToList();

    [Fact]
    public void Without_filters_every_quote_comes_newest_first()
    {
        var rows = _reader.SearchQuotes(new StatementQuery()).Rows;
        Assert.Equal(8, rows.Count);
        Assert.Equal(rows.Select(r => r.Day).OrderDescending(StringComparer.Ordinal), rows.Select(r => r.Day));
    }

    [Fact]
    public void Text_uses_lucene_syntax_and_the_news_analyzer()
    {
        Assert.Equal(["America's farmers deserve better prices, and we will get them,"], Contents(new() { Text = "farmer" }));
        Assert.Equal(2, Contents(new() { Text = "crumbs OR \"fair result\"" }).Count);
        Assert.Single(Contents(new() { Text = "US AND grain" }));
        Assert.Single(Contents(new() { Text = "u.s. grain" }));
        Assert.Single(Contents(new() { Text = "america" }));
        Assert.Empty(Contents(new() { Text = "crumbs AND farmers" }));
    }

    [Fact]
    public void Invalid_query_syntax_is_a_coded_error()
    {
        var error = Assert.Throws<OnRecordException>(() => _reader.SearchQuotes(new() { Text = "\"unclosed phrase" }));
        Assert.Equal(ErrorCode.InvalidQuery, error.Code);
    }

    [Fact]
    public void Speaker_filter_takes_any_alias()
    {
        Assert.Equal(4, Contents(new() { Speaker = "Joost Verhagen" }).Count);
        Assert.Equal(4, Contents(new() { Speaker = "Mr Verhagen" }).Count);
        Assert.Equal(2, Contents(new() { Speaker = "Okafor" }).Count);
        Assert.Single(Contents(new() { Speaker = "Verhagen", Text = "crumbs" }));
        var row = _reader.SearchQuotes(new() { Speaker = "Ms Okafor", Kind = QuoteKind.Direct }).Rows.Single();
        Assert.Equal(("Maria Okafor", "Ms Okafor", "said", "AP"), (row.Speaker, row.SpeakerMention, row.Cue, row.Source));
    }

    [Fact]
    public void Entity_filter_matches_entities_inside_the_quote()
    {
        // "U.S." in one quote and "America" in another are the same place.
        Assert.Equal(2, Contents(new() { Entity = "United States" }).Count);
        Assert.Single(Contents(new() { Entity = "Washington" }));
        Assert.Empty(Contents(new() { Entity = "Rotterdam" }));
        Assert.Equal(2, _reader.SearchStories(new() { Entity = "Rotterdam" }).Total);
    }

    [Fact]
    public void Date_range_is_inclusive_and_uses_statement_dates()
    {
        Assert.Equal(3, Contents(new() { From = new DateOnly(2025, 1, 14), To = new DateOnly(2025, 1, 14) }).Count);
        Assert.Equal(5, Contents(new() { From = new DateOnly(2025, 3, 1) }).Count);
        Assert.Equal(3, Contents(new() { To = new DateOnly(2025, 3, 1) }).Count);
        Assert.Equal(2, Contents(new() { From = new DateOnly(2025, 3, 10), To = new DateOnly(2025, 3, 31) }).Count);
        Assert.Empty(Contents(new() { From = new DateOnly(2026, 1, 1) }));
    }

    [Fact]
    public void Kind_filter()
    {
        Assert.Equal(3, Contents(new() { Kind = QuoteKind.Direct }).Count);
        Assert.Equal(4, Contents(new() { Kind = QuoteKind.Indirect }).Count);
        Assert.Single(Contents(new() { Kind = QuoteKind.Mixed }));
    }

    [Fact]
    public void Limit_caps_rows_not_the_total()
    {
        var result = _reader.SearchQuotes(new() { Limit = 2 });
        Assert.Equal(2, result.Rows.Count);
        Assert.Equal(8, result.Total);
    }

    [Fact]
    public void Documents_search_returns_stories()
    {
        var stories = _reader.SearchStories(new() { Text = "strike" });
        Assert.Equal(["port-strike.txt", "port-deal.txt"], stories.Rows.Select(s => s.DocId).Order(StringComparer.Ordinal).Reverse());
        Assert.Single(_reader.SearchStories(new() { Text = "grain", Speaker = "Paulo Serra" }).Rows);
        Assert.Single(_reader.SearchStories(new() { Text = "strike", Limit = 1 }).Rows);
        Assert.Equal(3, stories.Rows.Single(s => s.DocId == "port-strike.txt").Quotes);
    }

    [Fact]
    public void Filters_combine()
    {
        var rows = _reader.SearchQuotes(new() { Text = "work OR crumbs", Speaker = "Verhagen", Kind = QuoteKind.Indirect, From = new DateOnly(2025, 3, 12) }).Rows;
        Assert.Equal(["members had backed the deal by a large majority and would return to work on the night shift"], rows.Select(r => r.Content));
    }

    [Fact]
    public void All_quotes_streams_every_match()
    {
        Assert.Equal(8, _reader.AllQuotes(new()).Count());
        Assert.Equal(4, _reader.AllQuotes(new() { Speaker = "Verhagen" }).Count());
        Assert.Equal(3, _reader.AllStories(new()).Count());
    }
}
