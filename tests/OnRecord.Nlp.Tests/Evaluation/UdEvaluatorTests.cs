using OnRecord.Core.Documents;
using OnRecord.Core.Pipeline;
using OnRecord.Nlp.Corpora;
using OnRecord.Nlp.Evaluation;

namespace OnRecord.Nlp.Tests.Evaluation;

public class UdEvaluatorTests
{
    private const string Conllu = """
        # text = Ana left.
        1	Ana	Ana	PROPN	NNP	_	2	nsubj	_	_
        2	left	leave	VERB	VBD	_	0	root	_	SpaceAfter=No
        3	.	.	PUNCT	.	_	2	punct	_	_

        """;

    private static (ConlluRawText Gold, Document System) Parsed(params string[] deps)
    {
        var gold = ConlluRawText.Build(ConlluReader.ReadLines(Conllu.Split('\n'), "test"));
        var document = GoldTokenDocument.Create("t", gold);
        var tokens = document.TokenSpan;
        int[] heads = [1, TokenData.RootHead, 1];
        for (var i = 0; i < tokens.Length; i++)
        {
            tokens[i].Head = heads[i];
            // Built at run time so that no string instance is shared with the gold file.
            tokens[i].Dep = new string(deps[i].AsSpan());
        }
        document.MarkAssigned(Layers.Parse);
        return (gold, document);
    }

    [Fact]
    public void Las_compares_relation_text_not_span_identity()
    {
        var (gold, system) = Parsed("nsubj", "root", "punct");
        var scores = UdEvaluator.Evaluate(gold, system);
        Assert.Equal(1.0, scores.Uas!.Value.F1);
        Assert.Equal(1.0, scores.Las!.Value.F1);
    }

    [Fact]
    public void Las_ignores_subtypes_but_not_the_universal_relation()
    {
        var (gold, system) = Parsed("nsubj:pass", "root", "obj");
        var scores = UdEvaluator.Evaluate(gold, system);
        Assert.Equal(2, scores.Las!.Value.Correct);
    }

    [Fact]
    public void Gold_token_documents_reproduce_the_gold_words_and_sentences()
    {
        var gold = ConlluRawText.Build(ConlluReader.ReadLines(Conllu.Split('\n'), "test"));
        var document = GoldTokenDocument.Create("t", gold);
        Assert.Equal(3, document.TokenCount);
        Assert.Equal("left", document[1].Text.ToString());
        Assert.Single(document.Sentences.ToArray());
        Assert.True(document[0].HasSpaceAfter);
        Assert.False(document[1].HasSpaceAfter);
    }
}
