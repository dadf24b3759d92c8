using OnRecord.Core.Annotations;
using OnRecord.Core.Documents;
using OnRecord.Nlp.Embeddings;
using OnRecord.Nlp.Entities;
using OnRecord.Nlp.Segmentation;
using OnRecord.Nlp.Tagging;
using OnRecord.Nlp.Tokenization;
using OnRecord.Tests.Common;

namespace OnRecord.Nlp.Tests.Entities;

/// <summary>The accurate mode (models/ner-accurate.bin with MiniLM vectors) on a handful of sentences.</summary>
public class AccurateEntityRecognizerTests
{
    private const string Sample = "Foreign minister Ana Lopes met officials of the World Bank in Nairobi on Tuesday. Lopes said Portugal would help.";

    private static Document Analyze(string text)
    {
        var d = new Document("t", text);
        d.SetTokens(Tokenizer.Default.Tokenize(text, d.Body, out var n), n);
        d.SetSentences(SentenceSplitter.Default.Split(d));
        new TaggerStage().Process(d, CancellationToken.None);
        return d;
    }

    [Fact]
    public void Shipped_accurate_model_round_trips_to_the_same_bytes()
    {
        var model = EntityRecognizer.Accurate;
        Assert.True(model.NeedsVectors);
        using var first = new MemoryStream();
        model.Save(first);
        first.Position = 0;
        var loaded = EntityRecognizer.Load(first, "memory");
        using var second = new MemoryStream();
        loaded.Save(second);
        Assert.Equal(first.ToArray(), second.ToArray());
        Assert.Equal(model.Probe!.Hidden, loaded.Probe!.Hidden);
    }

    [Fact]
    public void Accurate_model_without_vectors_is_refused()
    {
        var d = Analyze(Sample);
        Assert.Throws<ArgumentException>(() => EntityRecognizer.Accurate.Predict(d));
        Assert.Throws<ArgumentException>(() => new EntityRecognizerStage(EntityRecognizer.Accurate));
    }

    [MiniLmFact]
    public void Accurate_stage_finds_people_places_and_organisations()
    {
        var d = Analyze(Sample);
        var vectors = MiniLmEncoder.Default.Encode(d);
        var loaded = EntityRecognizer.Load(Nlp.Models.ModelDirectory.File(EntityRecognizer.AccurateFileName));
        Assert.Equal(EntityRecognizer.Accurate.Predict(d, vectors), loaded.Predict(d, vectors));

        EntityRecognizerStage.Accurate().Process(d, CancellationToken.None);
        var found = d.Entities.Select(e => (d.TextOf(e.Range), e.Label)).ToList();
        Assert.Contains(("Ana Lopes", EntityLabel.PERSON), found);
        Assert.Contains(("World Bank", EntityLabel.ORG), found);
        Assert.Contains(("Nairobi", EntityLabel.GPE), found);
        Assert.Contains(("Portugal", EntityLabel.GPE), found);
        OffsetAssert.Valid(d);
    }

    [MiniLmFact]
    public void Hostile_text_never_breaks_the_accurate_stage()
    {
        var stage = EntityRecognizerStage.Accurate();
        foreach (var text in new[] { "", "   \n\n ", "🙂🙃 Ελλάδα Россия 中国 عربي \u0007\u0000", new string('x', 5000), string.Join(' ', Enumerable.Repeat("Mr", 900)) })
        {
            var d = Analyze(text);
            stage.Process(d, CancellationToken.None);
            OffsetAssert.Valid(d);
        }
    }
}
