using OnRecord.Core.Documents;
using OnRecord.Extraction.Quotes.Marks;

namespace OnRecord.Extraction.Tests.Quotes;

public class QuotePairerTests
{
    private static List<string> Inner(string text) =>
        QuotePairer.Pair(text, new TextRange(0, text.Length)).Select(s => text[s.Inner.Start..s.Inner.End]).ToList();

    [Theory]
    [InlineData("He said: “We won.” Then he left.", "We won.")]
    [InlineData("He said: \"We won.\" Then he left.", "We won.")]
    [InlineData("Il a dit: «Nous avons gagné» hier.", "Nous avons gagné")]
    [InlineData("''We won,'' he said.", "We won,")]
    [InlineData("``We won,'' he said.", "We won,")]
    [InlineData("Sie sagte: „Wir haben gewonnen“.", "Wir haben gewonnen")]
    public void Pairs_curly_straight_guillemet_and_doubled_marks(string text, string inner) =>
        Assert.Equal([inner], Inner(text));

    [Fact]
    public void Single_quotes_pair_but_apostrophes_do_not()
    {
        Assert.Equal(["absurd"], Inner("He called it ‘absurd’ and didn’t care about the parents’ views."));
        Assert.Empty(Inner("It’s the parents’ choice, isn’t it? Rock'n'roll and O'Brien's '90s."));
    }

    [Fact]
    public void A_quotation_reopened_in_the_next_paragraph_continues()
    {
        var text = "“First paragraph.\n\n“Second paragraph,” she said.";
        var segment = Assert.Single(QuotePairer.Pair(text, new TextRange(0, text.Length)));
        Assert.True(segment.SpansParagraphs);
        Assert.Equal(0, segment.Outer.Start);
        Assert.Equal(text.IndexOf('”', StringComparison.Ordinal) + 1, segment.Outer.End);
    }

    [Fact]
    public void An_unclosed_mark_ends_at_its_paragraph_and_does_not_swallow_the_rest()
    {
        var text = "“We never lied, she said.\n\nThe ministry said: “We will appeal.” Nothing else.";
        Assert.Equal(["We will appeal."], Inner(text));
    }

    [Fact]
    public void A_stray_closing_mark_is_ignored()
    {
        Assert.Equal(["yes"], Inner("The plan was fine.” Then he said “yes” and left."));
    }
}
