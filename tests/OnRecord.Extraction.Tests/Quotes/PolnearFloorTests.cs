using OnRecord.Core.Documents;
using OnRecord.Extraction.Quotes;
using OnRecord.Extraction.Quotes.Evaluation;
using OnRecord.Tests.Common;

namespace OnRecord.Extraction.Tests.Quotes;

/// <summary>
/// Floors on PolNeAR dev (read from ../shared at test time), a little under the measured figures, so that
/// a regression in either mode fails the build. Measured figures are in models/quotes.manifest.json and
/// README.md; `onrecord eval quotes --gold …/polnear-dev.jsonl [--mode rules]` prints them.
/// </summary>
public class PolnearFloorTests
{
    [Theory]
    [InlineData("model", 59.5, 79.0, 92.0, 89.0)]
    [InlineData("rules", 48.5, 65.5, 88.0, 85.5)]
    public void Dev_scores_stay_above_their_floors(string mode, double exactF1, double overlapF1, double speaker, double directRecall)
    {
        var extractor = mode == "rules" ? QuoteExtractor.Rules : QuoteExtractor.Default;
        Assert.Equal(mode, extractor.Mode);
        var pipeline = OnRecordPipeline.CreateBuilder().WithQuotes(extractor).Build();
        var gold = GoldQuoteReader.Read(TestPaths.SharedFile("quotes", "polnear", "polnear-dev.jsonl")).ToList();
        var documents = new Document[gold.Count];
        Parallel.For(0, gold.Count, i =>
        {
            documents[i] = new Document(gold[i].Id, gold[i].Text) { Date = gold[i].Date };
            pipeline.Process(documents[i]);
        });
        var evaluator = new QuoteEvaluator();
        for (var i = 0; i < gold.Count; i++)
        {
            evaluator.Add(gold[i].Id, gold[i].Text, gold[i].Quotes, documents[i].Quotes);
        }
        var scores = evaluator.Scores().All().ToDictionary(p => p.Name, p => p.Value);
        Assert.Equal(84, (int)scores["count.documents"]);
        Assert.True(scores["content.exact.f1"] >= exactF1, $"{mode} exact F1 {scores["content.exact.f1"]:F2} < {exactF1}");
        Assert.True(scores["content.overlap.f1"] >= overlapF1, $"{mode} overlap F1 {scores["content.overlap.f1"]:F2} < {overlapF1}");
        Assert.True(scores["speaker.accuracy"] >= speaker, $"{mode} speaker accuracy {scores["speaker.accuracy"]:F2} < {speaker}");
        Assert.True(scores["recall.direct.exact"] >= directRecall, $"{mode} direct recall {scores["recall.direct.exact"]:F2} < {directRecall}");
    }
}
