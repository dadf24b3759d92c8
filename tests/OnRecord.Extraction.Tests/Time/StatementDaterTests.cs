using OnRecord.Core.Annotations;
using OnRecord.Core.Documents;
using OnRecord.Core.Pipeline;
using OnRecord.Extraction.Quotes;
using OnRecord.Extraction.Time;

namespace OnRecord.Extraction.Tests.Time;

/// <summary>Statement dates on hand-built documents: quotes placed by hand, time expressions from the real stage.</summary>
public class StatementDaterTests
{
    private static Document WithQuote(string text, DateOnly? date, string content, string cue)
    {
        var d = TimeSpecTests.Analyze(text, date);
        var c = text.IndexOf(content, StringComparison.Ordinal);
        var k = text.IndexOf(cue, StringComparison.Ordinal);
        Assert.True(c >= 0 && k >= 0);
        d.Quotes.Add(new Quote
        {
            Content = new TextRange(c, c + content.Length),
            Kind = QuoteKind.Indirect,
            Cue = new TextRange(k, k + cue.Length),
        });
        return d;
    }

    [Fact]
    public void A_quote_without_a_date_of_its_own_gets_the_document_date()
    {
        var d = WithQuote("The minister said the border would stay closed.", new DateOnly(2024, 3, 6), "the border would stay closed", "said");
        StatementDater.Apply(d);
        Assert.Equal("2024-03-06", d.Quotes[0].StatementDate);
    }

    [Fact]
    public void A_weekday_before_the_attribution_dates_the_statement()
    {
        var d = WithQuote("On Monday, the minister said the border would stay closed.", new DateOnly(2024, 3, 6), "the border would stay closed", "said");
        StatementDater.Apply(d);
        Assert.Equal("2024-03-04", d.Quotes[0].StatementDate);
    }

    [Fact]
    public void A_date_after_the_cue_dates_the_statement()
    {
        var d = WithQuote("The minister told reporters on Tuesday that talks had failed.", new DateOnly(2024, 3, 6), "talks had failed", "told");
        StatementDater.Apply(d);
        Assert.Equal("2024-03-05", d.Quotes[0].StatementDate);
    }

    [Fact]
    public void A_date_inside_the_quoted_words_does_not_date_the_statement()
    {
        var d = WithQuote("The minister said the vote on Sunday would be free.", new DateOnly(2024, 3, 6), "the vote on Sunday would be free", "said");
        StatementDater.Apply(d);
        Assert.Equal("2024-03-06", d.Quotes[0].StatementDate);
    }

    [Fact]
    public void A_year_far_from_the_cue_does_not_date_the_statement()
    {
        var d = WithQuote("Mr Ivanov, who has been spokesman since 2008, said relations were poor.", new DateOnly(2024, 3, 6), "relations were poor", "said");
        StatementDater.Apply(d);
        Assert.Equal("2024-03-06", d.Quotes[0].StatementDate);
    }

    [Fact]
    public void A_year_right_after_the_cue_dates_the_statement()
    {
        var d = WithQuote("The agency said in 2021 that the campaign had failed.", new DateOnly(2024, 3, 6), "the campaign had failed", "said");
        StatementDater.Apply(d);
        Assert.Equal("2021", d.Quotes[0].StatementDate);
    }

    [Fact]
    public void Without_a_document_date_an_undated_statement_stays_unknown()
    {
        var d = WithQuote("The minister said the border would stay closed.", null, "the border would stay closed", "said");
        StatementDater.Apply(d);
        Assert.Null(d.Quotes[0].StatementDate);
    }

    [Fact]
    public void The_stage_requires_quotes_and_timexes_and_cannot_run_before_them()
    {
        var stage = new StatementDateStage();
        Assert.Equal(Layers.Quotes | Layers.Timexes, stage.Info.Requires);
        var error = Assert.Throws<OnRecord.Core.Errors.OnRecordException>(() => OnRecordPipeline.CreateBuilder().UpToQuotes().Add(stage).Build());
        Assert.Equal(OnRecord.Core.Errors.ErrorCode.PipelineOrder, error.Code);
    }

    [Fact]
    public void The_stage_dates_quotes_in_place()
    {
        var d = WithQuote("On Monday, the minister said the border would stay closed.", new DateOnly(2024, 3, 6), "the border would stay closed", "said");
        new StatementDateStage().Process(d, CancellationToken.None);
        Assert.Equal("2024-03-04", Assert.Single(d.Quotes).StatementDate);
    }
}
