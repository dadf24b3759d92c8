using OnRecord.Nlp.Embeddings;

namespace OnRecord.Nlp.Tests.Embeddings;

public class WordPieceTokenizerTests
{
    private static readonly string[] Vocabulary =
        ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "kyiv", "'", "s", ".", "u", "cafe", "pes", "##kov", "##k", "##ov", "said", "-", "hello"];

    private static string Pieces(string token)
    {
        var tokenizer = new WordPieceTokenizer(Vocabulary);
        var ids = new List<int>();
        tokenizer.Encode(token, ids);
        return string.Join(' ', ids.Select(i => Vocabulary[i]));
    }

    [Theory]
    [InlineData("Peskov", "pes ##kov")]
    [InlineData("PESKOV", "pes ##kov")]
    [InlineData("Kyiv's", "kyiv ' s")]
    [InlineData("café", "cafe")]
    [InlineData("U.S.", "u . s .")]
    [InlineData("said-hello", "said - hello")]
    [InlineData("zzz", "[UNK]")]
    [InlineData("\u0007", "[UNK]")]
    public void Tokens_become_uncased_word_pieces(string token, string expected) => Assert.Equal(expected, Pieces(token));

    [Fact]
    public void A_word_longer_than_bert_splits_is_one_unknown_piece() =>
        Assert.Equal("[UNK]", Pieces(new string('k', 150)));

    [Fact]
    public void Special_pieces_are_found_by_name()
    {
        var tokenizer = new WordPieceTokenizer(Vocabulary);
        Assert.Equal((0, 1, 2, 3), (tokenizer.Padding, tokenizer.Unknown, tokenizer.Classifier, tokenizer.Separator));
    }
}
