using System.Text;
using OnRecord.Core.Documents;
using OnRecord.Nlp.Segmentation;
using OnRecord.Nlp.Tokenization;
using OnRecord.Tests.Common;

namespace OnRecord.Nlp.Tests.Tokenization;

/// <summary>Random and hostile text must never crash the tokenizer or produce offsets that do not slice the text.</summary>
public class HostileTextTests
{
    private const string Alphabet = "aZ09 .,;:!?'\"“”‘’«»()[]{}-–—…$€%@#/\\\n\t\r\u200B\uFEFF\u00AD\u0301😀é中";

    [Fact]
    public void Random_text_yields_valid_offsets()
    {
        var random = new Random(20241128);
        for (var round = 0; round < 2000; round++)
        {
            var builder = new StringBuilder();
            var length = random.Next(0, 120);
            for (var i = 0; i < length; i++)
            {
                builder.Append(Alphabet[random.Next(Alphabet.Length)]);
            }
            var text = builder.ToString();
            var d = new Document("r" + round, text);
            d.SetTokens(Tokenizer.Default.Tokenize(text, d.Body, out var n), n);
            d.SetSentences(SentenceSplitter.Default.Split(d));
            OffsetAssert.Valid(d);
            var covered = 0;
            foreach (var t in d.TokenSpan)
            {
                covered += t.End - t.Start;
            }
            var nonSpace = text.Count(c => !char.IsWhiteSpace(c) && c is not ('\u200B' or '\uFEFF'));
            Assert.Equal(nonSpace, covered);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("\"\"\"\"\"")]
    [InlineData("............")]
    [InlineData("'")]
    [InlineData("’s")]
    [InlineData("-")]
    [InlineData("http://")]
    [InlineData("@")]
    [InlineData("#")]
    [InlineData("a@b")]
    public void Degenerate_inputs(string text)
    {
        var d = new Document("d", text);
        d.SetTokens(Tokenizer.Default.Tokenize(text, d.Body, out var n), n);
        d.SetSentences(SentenceSplitter.Default.Split(d));
        OffsetAssert.Valid(d);
    }

    [Fact]
    public void A_very_long_word_is_one_token()
    {
        var text = new string('x', 200_000);
        var d = new Document("long", text);
        d.SetTokens(Tokenizer.Default.Tokenize(text, d.Body, out var n), n);
        Assert.Equal(1, d.TokenCount);
    }
}
