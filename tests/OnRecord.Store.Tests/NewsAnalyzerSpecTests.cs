using Lucene.Net.Analysis.TokenAttributes;
using OnRecord.Store.Search;
using OnRecord.Tests.Common;

namespace OnRecord.Store.Tests;

public sealed class NewsAnalyzerSpecTests
{
    public static TheoryData<SpecCase> Cases => SpecFile.Theory("news-analyzer.md", "terms");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Terms(SpecCase spec)
    {
        Assert.Equal(spec.Expected["terms"].Single(), string.Join(' ', Analyze(spec.Input)));
    }

    internal static List<string> Analyze(string text)
    {
        using var analyzer = new NewsAnalyzer();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var terms = new List<string>();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }
        stream.End();
        return terms;
    }
}
