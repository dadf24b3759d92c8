using OnRecord.Core.Documents;
using OnRecord.Core.Errors;
using OnRecord.Core.Pipeline;

namespace OnRecord.Core.Tests.Documents;

public class DocumentTests
{
    private static Document WithTokens(string text, params (int Start, int End)[] spans)
    {
        var d = new Document("t", text);
        d.SetTokens(spans.Select(s => new TokenData(s.Start, s.End)).ToArray(), spans.Length);
        return d;
    }

    [Fact]
    public void Token_view_slices_the_text()
    {
        var d = WithTokens("Mr Peskov said.", (0, 2), (3, 9), (10, 14), (14, 15));
        Assert.Equal("Peskov", d[1].Text.ToString());
        Assert.Equal(new TextRange(3, 9), d[1].Range);
        Assert.Equal(4, d.TokenCount);
    }

    [Fact]
    public void Overlapping_tokens_are_refused_with_a_code()
    {
        var d = new Document("t", "abc def");
        var e = Assert.Throws<OnRecordException>(() => d.SetTokens([new TokenData(0, 3), new TokenData(2, 5)], 2));
        Assert.Equal(ErrorCode.InvalidAnnotation, e.Code);
    }

    [Fact]
    public void Tokens_outside_the_body_are_refused()
    {
        var d = new Document("t", "date x BODY credit", new TextRange(7, 11));
        Assert.Throws<OnRecordException>(() => d.SetTokens([new TokenData(0, 4)], 1));
        d.SetTokens([new TokenData(7, 11)], 1);
        Assert.Equal(1, d.TokenCount);
    }

    [Fact]
    public void Sentences_must_cover_every_token_in_order()
    {
        var d = WithTokens("A b. C d.", (0, 1), (2, 3), (3, 4), (5, 6), (7, 8), (8, 9));
        Assert.Throws<OnRecordException>(() => d.SetSentences([new TokenRange(0, 3)]));
        Assert.Throws<OnRecordException>(() => d.SetSentences([new TokenRange(0, 3), new TokenRange(4, 6)]));
        d.SetSentences([new TokenRange(0, 3), new TokenRange(3, 6)]);
        Assert.Equal(new TextRange(5, 9), d.CharRange(d.Sentences[1]));
        Assert.Equal(1, d.SentenceIndexOf(4));
        Assert.Equal(0, d.SentenceIndexOf(2));
        Assert.True((d.Assigned & Layers.Sentences) != 0);
    }

    [Fact]
    public void Resetting_tokens_clears_the_layers_built_on_them()
    {
        var d = WithTokens("A b.", (0, 1), (2, 3), (3, 4));
        d.SetSentences([new TokenRange(0, 3)]);
        d.SetTokens([new TokenData(0, 1)], 1);
        Assert.Equal(0, d.Sentences.Length);
        Assert.Equal(Layers.Tokens, d.Assigned & (Layers.Tokens | Layers.Sentences));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(2, 1)]
    [InlineData(3, 1)]
    [InlineData(8, 2)]
    [InlineData(9, 3)]
    [InlineData(99, 3)]
    public void TokenIndexAt_finds_the_token_containing_or_after_an_offset(int offset, int expected)
    {
        var d = WithTokens("ab cd  ef", (0, 2), (3, 5), (7, 9));
        Assert.Equal(expected, d.TokenIndexAt(offset));
    }

    [Fact]
    public void Body_outside_the_text_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Document("t", "abc", new TextRange(1, 5)));
    }

    [Fact]
    public void TextRange_overlap_and_containment()
    {
        var a = new TextRange(0, 10);
        var b = new TextRange(5, 15);
        Assert.True(a.Overlaps(b));
        Assert.Equal(5, a.OverlapLength(b));
        Assert.False(a.Overlaps(new TextRange(10, 12)));
        Assert.True(a.Contains(new TextRange(2, 10)));
        Assert.False(a.Contains(10));
    }
}
