using OnRecord.Core.Pipeline;
using OnRecord.Nlp.Corpora;
using OnRecord.Nlp.Evaluation;
using OnRecord.Nlp.Lemmatization;
using OnRecord.Nlp.Parsing;
using OnRecord.Nlp.Segmentation;
using OnRecord.Nlp.Tagging;
using OnRecord.Nlp.Tokenization;
using OnRecord.Tests.Common;

namespace OnRecord.Nlp.Tests.Evaluation;

/// <summary>The four dev evaluations (EWT and GUM, raw text and gold tokens) with the shipped models, run once.</summary>
public sealed class SyntaxDevScores
{
    public SyntaxDevScores()
    {
        var pipeline = new PipelineBuilder()
            .Add(new TokenizerStage())
            .Add(new SentenceSplitterStage())
            .Add(new TaggerStage())
            .Add(new LemmatizerStage())
            .Add(new ParserStage())
            .Build();
        var ewt = ConlluRawText.Build(ConlluReader.Read(TestPaths.SharedFile("corpora", "ud-english-ewt", "en_ewt-ud-dev.conllu")));
        var gum = ConlluRawText.Build(ConlluReader.Read(TestPaths.SharedFile("corpora", "gum-open", "en_gum-open-dev.conllu")));
        EwtRaw = UdEvaluation.RawText(ewt, pipeline);
        EwtGold = UdEvaluation.GoldTokens(ewt, pipeline);
        GumRaw = UdEvaluation.RawText(gum, pipeline);
        GumGold = UdEvaluation.GoldTokens(gum, pipeline);
    }

    public UdScores EwtRaw { get; }

    public UdScores EwtGold { get; }

    public UdScores GumRaw { get; }

    public UdScores GumGold { get; }
}

/// <summary>
/// Floors (F1, percent) on the dev sets with the shipped tagger, lemmatizer and parser, a little under the
/// figures measured when the models were trained (docs/models.md); raise them when the models improve.
/// </summary>
public class SyntaxFloorTests(SyntaxDevScores scores) : IClassFixture<SyntaxDevScores>
{
    private static void AtLeast(PrfCounts? counts, double floor, string what)
    {
        Assert.NotNull(counts);
        var f1 = counts.Value.F1 * 100;
        Assert.True(f1 >= floor, $"{what}: {f1:F2} is under the floor {floor:F2}");
    }

    [Theory]
    // Measured: EWT gold 95.16/94.54/97.01/85.04/81.70, GUM gold 96.34/96.05/98.05/83.72/80.38,
    // EWT raw 94.18/93.49/96.05/82.59/79.37, GUM raw 96.27/95.97/98.01/83.38/80.06.
    [InlineData("ewt-gold", 94.7, 94.0, 96.5, 84.0, 80.7)]
    [InlineData("gum-gold", 95.9, 95.6, 97.6, 82.7, 79.4)]
    [InlineData("ewt-raw", 93.7, 93.0, 95.5, 81.5, 78.3)]
    [InlineData("gum-raw", 95.8, 95.5, 97.5, 82.3, 79.0)]
    public void Dev_figures_stay_above_their_floors(string set, double upos, double xpos, double lemmas, double uas, double las)
    {
        var s = set switch
        {
            "ewt-gold" => scores.EwtGold,
            "gum-gold" => scores.GumGold,
            "ewt-raw" => scores.EwtRaw,
            _ => scores.GumRaw,
        };
        AtLeast(s.Upos, upos, set + " UPOS");
        AtLeast(s.Xpos, xpos, set + " XPOS");
        AtLeast(s.Lemmas, lemmas, set + " lemmas");
        AtLeast(s.Uas, uas, set + " UAS");
        AtLeast(s.Las, las, set + " LAS");
    }

    [Fact]
    public void Gold_tokens_score_perfect_segmentation()
    {
        Assert.Equal(1.0, scores.EwtGold.Tokens.F1);
        Assert.Equal(1.0, scores.EwtGold.Sentences.F1);
        Assert.Equal(1.0, scores.GumGold.Words.F1);
    }
}
