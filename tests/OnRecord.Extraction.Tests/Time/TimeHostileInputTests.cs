using OnRecord.Tests.Common;

namespace OnRecord.Extraction.Tests.Time;

/// <summary>Random and adversarial text: the stage must never throw, and every expression must slice the text and carry a value.</summary>
public class TimeHostileInputTests
{
    private static readonly string[] Pieces =
    [
        "March", "may", "May", "6", "6th", "2024", "1990s", "'90s", "Q3", "FY2024", "mid-", "the", "last", "next", "this",
        "week", "weeks", "year", "ago", "later", "earlier", "a", "an", "half", "quarter", "past", "to", "at", "10", "a.m.", "p.m.",
        "10:30", "noon", "midnight", "GMT", "local", "time", "every", "each", "twice", "times", "Monday", "Mondays", "tonight",
        "morning", "in", "on", "of", ",", "-", "/", "2024-02-30", "13/45/2024", "99:99", "0", "00", "31st", "of", "fiscal",
        "Christmas", "Easter", "BC", "999999999", "9999", "1000", "spring", "fall", "the future", "now", "more", "than", "about",
        "\u0000", "😀", "\u202e", "—", "“", "”", ".", "\n\n", "9999-12-31", "0001-01-01", "thirty", "first", "twenty-first",
    ];

    [Fact]
    public void Random_word_salad_never_breaks_the_stage()
    {
        var random = new Random(20240306);
        for (var n = 0; n < 400; n++)
        {
            var words = Enumerable.Range(0, random.Next(1, 40)).Select(_ => Pieces[random.Next(Pieces.Length)]);
            var text = string.Join(random.Next(3) == 0 ? "" : " ", words);
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }
            var date = random.Next(4) == 0 ? (DateOnly?)null : new DateOnly(random.Next(1, 9999), random.Next(1, 13), random.Next(1, 29));
            var d = TimeSpecTests.Analyze(text, date);
            OffsetAssert.Valid(d);
        }
    }

    [Theory]
    [InlineData("In 9999 and the year after, two days later, next millennium.")]
    [InlineData("In 0001, 1000 years ago, the 1st century.")]
    [InlineData("Every 999999999 years, 999999999 days ago.")]
    [InlineData("the the the the of of of , , , - - -")]
    public void Extreme_dates_and_amounts_do_not_throw(string text)
    {
        foreach (var date in new DateOnly?[] { null, new DateOnly(1, 1, 1), new DateOnly(9999, 12, 31), new DateOnly(2024, 2, 29) })
        {
            OffsetAssert.Valid(TimeSpecTests.Analyze(text, date));
        }
    }

    [Fact]
    public void A_huge_document_is_processed_in_one_pass()
    {
        var text = string.Concat(Enumerable.Repeat("On Tuesday, officials said talks would resume next week after three days. ", 5000));
        var d = TimeSpecTests.Analyze(text, new DateOnly(2024, 3, 6));
        Assert.Equal(15000, d.Timexes.Count);
    }
}
