using OnRecord.Nlp.Entities;
using OnRecord.Nlp.Entities.Training;
using OnRecord.Tests.Common;

namespace OnRecord.Nlp.Tests.Entities;

/// <summary>
/// Accuracy floors on development data the shipped model was not trained on, a little under the figures in
/// models/ner.manifest.json, so that a regression fails CI.
/// </summary>
public class NerFloorTests
{
    private static string Corpora => TestPaths.SharedFile("corpora");

    [Fact]
    public void Universal_ner_english_ewt_dev_per_org_loc()
    {
        var gold = IobReader.Read(Path.Combine(Corpora, NerTrainingRecipe.UnerDev));
        var scores = NerTrainingRecipe.Evaluate(EntityRecognizer.Default, gold);
        Assert.True(scores.ConllStyleGold);
        Assert.True(scores.Mapped.F1 >= 0.625, $"UNER dev F1 {scores.Mapped.F1:P2}");
        Assert.True(scores.MappedByLabel["PER"].F1 >= 0.70, $"UNER dev PER F1 {scores.MappedByLabel["PER"].F1:P2}");
        Assert.True(scores.MappedByLabel["ORG"].F1 >= 0.465, $"UNER dev ORG F1 {scores.MappedByLabel["ORG"].F1:P2}");
    }

    [Fact]
    public void Held_back_gum_dev_and_crossner_test_in_ontonotes_labels()
    {
        var mapper = new LabelMapper(EntityRecognizer.Default.Gazetteer);
        var floors = new Dictionary<string, double> { ["gum-dev"] = 0.765, ["gum-dev-news"] = 0.85, ["crossner-politics-test"] = 0.805 };
        foreach (var (name, sentences) in NerTrainingRecipe.HeldOutSentences(Corpora, mapper))
        {
            var scores = NerTrainingRecipe.Evaluate(EntityRecognizer.Default, NerTrainingRecipe.AsRaw(sentences));
            Assert.False(scores.ConllStyleGold);
            Assert.True(scores.Exact.F1 >= floors[name], $"{name} F1 {scores.Exact.F1:P2}");
        }
    }
}
