using OnRecord.Nlp.Lemmatization;
using OnRecord.Nlp.Lexicon;
using OnRecord.Nlp.Parsing;
using OnRecord.Nlp.Tagging;
using OnRecord.Nlp.Training;
using OnRecord.Tests.Common;

namespace OnRecord.Nlp.Tests.Training;

/// <summary>The same data and seed must give byte-identical models (docs/models.md promises it).</summary>
public class ReproducibilityTests
{
    private static readonly List<TrainingSentence> Sample =
        TrainingCorpus.Load([TestPaths.SharedFile("corpora", "gum-open", "en_gum-open-dev.conllu")], WordClusters.Shipped).Take(150).ToList();

    private static byte[] Bytes(Action<Stream> save)
    {
        using var stream = new MemoryStream();
        save(stream);
        return stream.ToArray();
    }

    [Fact]
    public void Tagger_training_is_reproducible_and_the_seed_matters()
    {
        byte[] Train(int seed) => Bytes(TaggerTrainer.Train(Sample, WordClusters.Shipped, new TaggerTrainingOptions { Epochs = 2, Seed = seed }).Save);
        Assert.Equal(Train(3), Train(3));
        Assert.NotEqual(Train(3), Train(4));
    }

    [Fact]
    public void Parser_training_is_reproducible()
    {
        var gold = Sample.Select(s => new PredictedTags(s.Upos, s.Xpos)).ToList();
        byte[] Train() => Bytes(ParserTrainer.Train(Sample, gold, WordClusters.Shipped, new ParserTrainingOptions { Epochs = 2, Seed = 5 }).Save);
        Assert.Equal(Train(), Train());
    }

    [Fact]
    public void Lemmatizer_training_is_reproducible()
    {
        Assert.Equal(Bytes(LemmatizerTrainer.Train(Sample).Save), Bytes(LemmatizerTrainer.Train(Sample).Save));
    }

    [Fact]
    public void Test_splits_are_refused()
    {
        var e = Assert.Throws<OnRecord.Core.Errors.OnRecordException>(() => TrainingCorpus.RefuseTestSplit("corpora/en_ewt-ud-test.conllu"));
        Assert.Equal(OnRecord.Core.Errors.ErrorCode.Usage, e.Code);
    }
}
