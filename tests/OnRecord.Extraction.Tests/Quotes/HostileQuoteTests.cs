using System.Text;
using OnRecord.Core.Documents;
using OnRecord.Extraction.Quotes;
using OnRecord.Tests.Common;

namespace OnRecord.Extraction.Tests.Quotes;

/// <summary>Quotation finding on input built to break it: stray and random quotation marks, a huge document with one unclosed mark, degenerate text.</summary>
public class HostileQuoteTests
{
    public static TheoryData<string> Modes => ["rules", "model"];

    private static QuoteExtractor Extractor(string mode) => mode == "rules" ? QuoteExtractor.Rules : QuoteExtractor.Default;

    [Theory]
    [MemberData(nameof(Modes))]
    public void Random_quotation_marks_in_reporting_text_never_break_offsets(string mode)
    {
        string[] words = ["said", "he", "she", "Mr", "Peskov", "the", "ministry", "that", "told", "according", "to", ",", ".", ":", "\n\n", "and", "it", "we", "never", "lied"];
        string[] marks = ["“", "”", "\"", "'", "‘", "’", "«", "»", "„", "''", "``"];
        var random = new Random(4);
        for (var round = 0; round < 60; round++)
        {
            var text = new StringBuilder();
            for (var i = 0; i < 300; i++)
            {
                text.Append(random.Next(4) == 0 ? marks[random.Next(marks.Length)] : words[random.Next(words.Length)]);
                text.Append(random.Next(3) == 0 ? "" : " ");
            }
            var d = QuoteSpecTests.Analyze(text.ToString(), Extractor(mode));
            foreach (var q in d.Quotes)
            {
                Assert.InRange(q.Confidence, 0f, 1f);
                Assert.NotEmpty(q.Fragments);
                Assert.True(q.Content.Length > 0);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void A_megabyte_with_one_unclosed_mark_does_not_swallow_the_document(string mode)
    {
        var text = new StringBuilder("“This opening mark is never closed, the minister said.\n\n");
        var paragraph = 0;
        while (text.Length < 1_000_000)
        {
            text.Append("The ministry said on Monday that exports rose by ").Append(paragraph++ % 90).Append(" per cent. ");
            text.Append("“We are pleased,” Ms Holm said.\n\n");
        }
        var d = QuoteSpecTests.Analyze(text.ToString(), Extractor(mode));
        Assert.True(d.Quotes.Count >= paragraph, $"{d.Quotes.Count} quotations for {paragraph} paragraphs");
        Assert.All(d.Quotes, q => Assert.True(q.Content.Length < 500, $"quotation of {q.Content.Length} characters at {q.Content}"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("“”«»''``\"\"")]
    [InlineData("said said said said")]
    [InlineData("“")]
    [InlineData("he said:")]
    [InlineData("According to")]
    [InlineData(", he said, ,")]
    [InlineData("“ ” “ ” “,” he said, “”")]
    public void Degenerate_text_yields_valid_or_no_quotations(string text)
    {
        foreach (var mode in new[] { "rules", "model" })
        {
            var d = new Document("hostile", text);
            OnRecordPipeline.CreateBuilder().WithQuotes(Extractor(mode)).Build().Process(d);
            OffsetAssert.Valid(d);
        }
    }
}
