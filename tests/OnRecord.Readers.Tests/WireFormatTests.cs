using OnRecord.Core.Errors;
using OnRecord.Readers.Formats;

namespace OnRecord.Readers.Tests;

public class WireFormatTests
{
    private const string Story = "date 2025-01-09 NEW YORK - The mayor said on Thursday the budget was balanced.\n\n\u201CWe kept our word,\u201D she said. AP";

    [Fact]
    public void Header_and_credit_become_metadata_and_leave_the_body()
    {
        var d = WireFormat.Parse("s.txt", Story, "s.txt");
        Assert.Equal(new DateOnly(2025, 1, 9), d.Date);
        Assert.Equal("NEW YORK", d.Dateline);
        Assert.Equal("AP", d.Source);
        Assert.StartsWith("The mayor", d.TextOf(d.Body));
        Assert.EndsWith("she said.", d.TextOf(d.Body));
        Assert.Equal(Story, d.Text);
    }

    [Fact]
    public void A_story_without_credit_keeps_its_last_sentence()
    {
        var d = WireFormat.Parse("s.txt", "date 2025-01-09 PARIS - Talks ended without a deal.", "s.txt");
        Assert.Null(d.Source);
        Assert.Equal("PARIS", d.Dateline);
        Assert.Equal("Talks ended without a deal.", d.TextOf(d.Body));
    }

    [Theory]
    [InlineData("date 2025-13-45 PARIS - Text.")]
    [InlineData("date 9 March 2025 PARIS - Text.")]
    public void An_unknown_date_is_a_coded_error_naming_the_file(string text)
    {
        var e = Assert.Throws<OnRecordException>(() => WireFormat.Parse("x.txt", text, "x.txt"));
        Assert.Equal(ErrorCode.UnknownDateFormat, e.Code);
        Assert.Contains("x.txt", e.Message);
    }

    [Fact]
    public void Credit_is_only_taken_after_a_finished_sentence()
    {
        var d = WireFormat.Parse("s.txt", "date 2025-01-09 LONDON - Shares of BP rose in trading at the LSE", "s.txt");
        Assert.Null(d.Source);
    }
}
