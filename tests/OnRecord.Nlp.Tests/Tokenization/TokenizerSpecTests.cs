using OnRecord.Core.Documents;
using OnRecord.Nlp.Segmentation;
using OnRecord.Nlp.Tokenization;
using OnRecord.Tests.Common;

namespace OnRecord.Nlp.Tests.Tokenization;

public class TokenizerSpecTests
{
    public static TheoryData<SpecCase> TokenCases => SpecFile.Theory("tokenizer.md", "tokens");

    public static TheoryData<SpecCase> SentenceCases => SpecFile.Theory("tokenizer.md", "sentences");

    private static Document Analyze(string text)
    {
        var d = new Document("spec", text);
        d.SetTokens(Tokenizer.Default.Tokenize(text, d.Body, out var n), n);
        d.SetSentences(SentenceSplitter.Default.Split(d));
        OffsetAssert.Valid(d);
        return d;
    }

    [Theory]
    [MemberData(nameof(TokenCases))]
    public void Tokens(SpecCase spec)
    {
        var d = Analyze(spec.Input);
        var actual = new List<string>();
        for (var i = 0; i < d.TokenCount; i++)
        {
            actual.Add(d[i].Text.ToString());
        }
        Assert.Equal(spec.Expected["tokens"][0], string.Join(" | ", actual));
    }

    [Theory]
    [MemberData(nameof(SentenceCases))]
    public void Sentences(SpecCase spec)
    {
        var d = Analyze(spec.Input);
        var actual = new List<string>();
        foreach (var s in d.Sentences)
        {
            actual.Add(d.TextOf(d.CharRange(s)));
        }
        Assert.Equal(spec.Expected["sentences"][0], string.Join(" || ", actual));
    }

    [Fact]
    public void Contractions_are_one_surface_token()
    {
        var d = Analyze("They don't know Russia's plan.");
        Assert.True((d.TokenSpan[1].Flags & TokenFlags.JoinedToNext) != 0);
        Assert.True((d.TokenSpan[4].Flags & TokenFlags.JoinedToNext) != 0);
        Assert.True((d.TokenSpan[0].Flags & TokenFlags.JoinedToNext) == 0);
    }

    [Fact]
    public void Paragraph_starts_are_flagged()
    {
        var d = Analyze("One.\n\nTwo.");
        Assert.True((d.TokenSpan[0].Flags & TokenFlags.ParagraphStart) != 0);
        Assert.True((d.TokenSpan[2].Flags & TokenFlags.ParagraphStart) != 0);
        Assert.True((d.TokenSpan[1].Flags & TokenFlags.ParagraphStart) == 0);
    }
}
