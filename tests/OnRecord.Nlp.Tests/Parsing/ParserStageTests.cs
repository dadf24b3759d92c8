using OnRecord.Core.Documents;
using OnRecord.Core.Pipeline;
using OnRecord.Nlp.Corpora;
using OnRecord.Nlp.Evaluation;
using OnRecord.Nlp.Lemmatization;
using OnRecord.Nlp.Parsing;
using OnRecord.Nlp.Segmentation;
using OnRecord.Nlp.Tagging;
using OnRecord.Nlp.Tokenization;
using OnRecord.Tests.Common;

namespace OnRecord.Nlp.Tests.Parsing;

public class ParserStageTests
{
    private static readonly Pipeline Syntax = new PipelineBuilder()
        .Add(new TokenizerStage())
        .Add(new SentenceSplitterStage())
        .Add(new TaggerStage())
        .Add(new LemmatizerStage())
        .Add(new ParserStage())
        .Build();

    /// <summary>Every token has a head in its own sentence, each sentence exactly one root, and no cycles.</summary>
    private static void AssertTrees(Document d)
    {
        foreach (var sentence in d.Sentences)
        {
            var roots = 0;
            for (var i = sentence.Start; i < sentence.End; i++)
            {
                var t = d[i];
                Assert.NotNull(t.Dep);
                Assert.NotEqual(UniversalPos.None, t.Pos);
                Assert.NotNull(t.Lemma);
                if (t.Head == TokenData.RootHead)
                {
                    roots++;
                    Assert.Equal("root", t.Dep);
                    continue;
                }
                Assert.True(sentence.Contains(t.Head), $"token {i} has head {t.Head} outside {sentence}");
                Assert.NotEqual("root", t.Dep);
                var steps = 0;
                for (var a = i; a != TokenData.RootHead; a = d[a].Head)
                {
                    Assert.True(++steps <= sentence.Length, $"cycle through token {i}");
                }
            }
            Assert.Equal(1, roots);
        }
    }

    public static TheoryData<string> HostileTexts() =>
    [
        "",
        "   \n\n  ",
        ".",
        "!!!???...,,,;;;",
        "word",
        "\"Unbalanced quote and (bracket",
        "a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a",
        "ÆØÅ ñandú 北京 ☃ 🙂🙂 \u200B zero\u200Dwidth \uFFFD",
        "http://example.com/a?b=c user@example.com #tag @handle 3.14 1,000,000 $5 10:30",
        "THE SHOUTING HEADLINE WITHOUT END\nand a second line\n\nNew paragraph. Another one? Yes!",
        string.Join(' ', Enumerable.Repeat("and then", 800)),
    ];

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Hostile_text_gets_one_tree_per_sentence(string text)
    {
        var d = new Document("hostile", text);
        Syntax.Process(d);
        AssertTrees(d);
    }

    [Fact]
    public void Random_text_gets_one_tree_per_sentence()
    {
        var random = new Random(7);
        const string alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:!?'\"()-–—’“”\n\t$%&/";
        for (var doc = 0; doc < 50; doc++)
        {
            var chars = new char[random.Next(1, 2000)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }
            var d = new Document("random" + doc, new string(chars));
            Syntax.Process(d);
            AssertTrees(d);
        }
    }

    [Fact]
    public void Dev_sentences_parsed_from_gold_tokens_are_trees()
    {
        var gold = ConlluRawText.Build(ConlluReader.Read(TestPaths.SharedFile("corpora", "gum-open", "en_gum-open-dev.conllu")));
        var d = GoldTokenDocument.Create("gum-dev", gold);
        UdEvaluation.WithGoldSegmentation(Syntax).Process(d);
        AssertTrees(d);
    }

    [Fact]
    public void Parsing_is_the_same_on_every_thread()
    {
        var text = File.ReadAllText(Directory.GetFiles(TestPaths.Samples, "*.txt").Order(StringComparer.Ordinal).First());
        string Parse()
        {
            var d = new Document("s", text);
            Syntax.Process(d);
            return string.Join(' ', Enumerable.Range(0, d.TokenCount).Select(i => $"{d[i].Head}:{d[i].Dep}:{d[i].Xpos}:{d[i].Lemma}"));
        }
        var expected = Parse();
        var results = new string[8];
        Parallel.For(0, results.Length, i => results[i] = Parse());
        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
