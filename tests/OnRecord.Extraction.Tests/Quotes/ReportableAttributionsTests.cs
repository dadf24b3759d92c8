using OnRecord.Extraction.Quotes;

namespace OnRecord.Extraction.Tests.Quotes;

/// <summary>Which found attributions are kept as quotations; the document is tagged by the standard pipeline.</summary>
public class ReportableAttributionsTests
{
    private static QuoteContext Tagged(string text) => new(QuoteSpecTests.Analyze(text, QuoteExtractor.Rules));

    /// <summary>The cue <paramref name="cue"/> with <paramref name="length"/> content words from the first <paramref name="firstWord"/> after it.</summary>
    private static Attribution After(QuoteContext ctx, string cue, string firstWord, int length)
    {
        var anchor = IndexOf(ctx, cue, 0);
        var start = IndexOf(ctx, firstWord, anchor + 1);
        return new Attribution
        {
            Anchor = anchor, CueStart = anchor, CueEnd = anchor + 1, ContentStart = start, ContentEnd = start + length,
            SpeakerHead = -1, SpeakerStart = -1, SpeakerEnd = -1,
        };
    }

    private static int IndexOf(QuoteContext ctx, string word, int from)
    {
        for (var i = from; i < ctx.Count; i++)
        {
            if (ctx.IsWord(i, word))
            {
                return i;
            }
        }
        throw new InvalidOperationException($"no token {word}");
    }

    [Fact]
    public void Told_followed_only_by_its_hearer_reports_nothing()
    {
        var ctx = Tagged("The harbour would stay shut, Ana Ruiz told the local radio station on Friday.");
        Assert.False(ReportableAttributions.IsReportable(ctx, After(ctx, "told", "the", 6)));
    }

    [Fact]
    public void Told_followed_by_a_clause_keeps_its_content()
    {
        var ctx = Tagged("Ana Ruiz told the harbour workers would be paid on Friday.");
        Assert.True(ReportableAttributions.IsReportable(ctx, After(ctx, "told", "the", 7)));
    }

    [Fact]
    public void Said_followed_by_words_without_a_verb_keeps_its_content()
    {
        var ctx = Tagged("Ana Ruiz said the harbour on Friday.");
        Assert.True(ReportableAttributions.IsReportable(ctx, After(ctx, "said", "the", 4)));
    }
}
