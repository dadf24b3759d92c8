using OnRecord.Core.Annotations;
using OnRecord.Core.Documents;
using OnRecord.Extraction.Quotes;
using OnRecord.Readers;
using OnRecord.Readers.Sources;
using OnRecord.Tests.Common;

namespace OnRecord.Extraction.Tests.Quotes;

/// <summary>The project's own sample stories: who says what in each, in both modes.</summary>
public class SampleQuoteTests
{
    public static TheoryData<string, string, string, string> Expected => new()
    {
        // sample, kind, resolved speaker, mention
        { "001_brussels_tariffs.txt", "direct", "Anna Lindqvist", "Ms Lindqvist" },
        { "001_brussels_tariffs.txt", "mixed", "Anna Lindqvist", "Trade Commissioner Anna Lindqvist" },
        { "001_brussels_tariffs.txt", "mixed", "Karin Vogt", "Karin Vogt" },
        { "002_nairobi_election.txt", "direct", "Peter Kamau", "commission chairman Peter Kamau" },
        { "002_nairobi_election.txt", "direct", "Grace Wanjiru", "Grace Wanjiru" },
        { "002_nairobi_election.txt", "indirect", "Grace Wanjiru", "she" },
        { "002_nairobi_election.txt", "indirect", "Peter Kamau", "Mr Kamau" },
        { "003_washington_budget.txt", "direct", "Laura Bennett", "she" },
        { "003_washington_budget.txt", "direct", "Thomas Reilly", "he" },
        { "003_washington_budget.txt", "indirect", "Daniel Crane", "Republican Representative Daniel Crane" },
        { "004_kyiv_grain.txt", "direct", "Oksana Hrytsenko", "Ms Hrytsenko" },
        { "004_kyiv_grain.txt", "indirect", "Miguel Alvarez", "he" },
        { "004_kyiv_grain.txt", "mixed", "Pavel Orlov", "Kremlin spokesman Pavel Orlov" },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Rules_attribute_the_sample_quotations(string sample, string kind, string speaker, string mention) =>
        Check(QuoteExtractor.Rules, sample, kind, speaker, mention);

    [Theory]
    [MemberData(nameof(Expected))]
    public void Model_attributes_the_sample_quotations(string sample, string kind, string speaker, string mention) =>
        Check(QuoteExtractor.Default, sample, kind, speaker, mention);

    private static void Check(QuoteExtractor extractor, string sample, string kind, string speaker, string mention)
    {
        var d = Assert.Single(new DocumentReader(new ReaderOptions()).ReadPath(Path.Combine(TestPaths.Samples, sample))).Document!;
        OnRecordPipeline.CreateBuilder().WithQuotes(extractor).Build().Process(d);
        OffsetAssert.Valid(d);
        var lines = d.Quotes.Select(q => QuoteLine.From(d, q)).ToList();
        Assert.True(lines.Any(l => l.Kind == kind && l.Speaker == speaker && l.Mention == mention),
            $"{extractor.Mode}: no {kind} quotation by {speaker} ({mention}) in\n  {string.Join("\n  ", lines)}");
        Assert.All(d.Quotes.Where(q => q.Kind == QuoteKind.Direct), q => Assert.NotNull(q.Speaker));
    }
}
