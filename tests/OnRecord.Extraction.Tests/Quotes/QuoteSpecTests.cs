using OnRecord.Core.Documents;
using OnRecord.Extraction.Quotes;
using OnRecord.Tests.Common;

namespace OnRecord.Extraction.Tests.Quotes;

/// <summary>Runs every example of tests/Specs/quotes.md through the standard pipeline, with the shipped model and with the rules alone.</summary>
public class QuoteSpecTests
{
    public static TheoryData<SpecCase> Cases => SpecFile.Theory("quotes.md", "quote");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rules_find_the_expected_quotations(SpecCase spec) => Check(spec, QuoteExtractor.Rules);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Shipped_model_finds_the_expected_quotations(SpecCase spec)
    {
        Assert.Equal("model", QuoteExtractor.Default.Mode);
        Check(spec, QuoteExtractor.Default);
    }

    internal static Document Analyze(string text, QuoteExtractor extractor)
    {
        var pipeline = OnRecordPipeline.CreateBuilder().WithQuotes(extractor).Build();
        var document = new Document("spec", text);
        pipeline.Process(document);
        OffsetAssert.Valid(document);
        return document;
    }

    private static void Check(SpecCase spec, QuoteExtractor extractor)
    {
        var document = Analyze(spec.Input, extractor);
        var actual = document.Quotes.Select(q => QuoteLine.From(document, q)).ToList();
        var lines = spec.Expected["quote"];
        var expected = lines is ["none"] ? [] : lines.Select(QuoteLine.Parse).ToList();
        var ok = actual.Count == expected.Count && expected.Zip(actual).All(p => p.First.Matches(p.Second));
        Assert.True(ok, $"{extractor.Mode}: expected\n  {string.Join("\n  ", expected)}\nfound\n  {string.Join("\n  ", actual)}");
    }
}
