using OnRecord.Nlp.Learning;

namespace OnRecord.Nlp.Tests.Learning;

public class FeatureWeightsTests
{
    private static FeatureWeights Sample() => FeatureWeights.Build(3,
        [FeatureHash.Of("a"), FeatureHash.Of("b"), FeatureHash.Of("c")],
        [[(0, 1.5f), (2, -0.25f)], [(1, 2f)], [(0, -1f), (1, 0.5f), (2, 3f)]]);

    [Fact]
    public void Scores_sum_the_weights_of_known_features_and_ignore_unknown_ones()
    {
        var scores = new float[3];
        Sample().Score([FeatureHash.Of("a"), FeatureHash.Of("c"), FeatureHash.Of("never seen")], scores);
        Assert.Equal([0.5f, 0.5f, 2.75f], scores);
    }

    [Fact]
    public void Save_then_load_gives_identical_scores()
    {
        var weights = Sample();
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            weights.Write(writer);
        }
        stream.Position = 0;
        var loaded = FeatureWeights.Read(new BinaryReader(stream));
        ulong[] features = [FeatureHash.Of("a"), FeatureHash.Of("b"), FeatureHash.Of("c")];
        var expected = new float[3];
        var actual = new float[3];
        weights.Score(features, expected);
        loaded.Score(features, actual);
        Assert.Equal(expected, actual);
        Assert.Equal(weights.FeatureCount, loaded.FeatureCount);
        Assert.Equal(weights.EntryCount, loaded.EntryCount);
    }

    [Fact]
    public void Weights_are_rounded_to_half_precision_when_built_so_saving_loses_nothing()
    {
        var weights = FeatureWeights.Build(2, [FeatureHash.Of("x")], [[(1, 0.1f)]]);
        var scores = new float[2];
        weights.Score([FeatureHash.Of("x")], scores);
        Assert.Equal((float)(Half)0.1f, scores[1]);
    }

    [Fact]
    public void Pruning_drops_small_entries_and_empty_features()
    {
        var pruned = Sample().Pruned(1f);
        Assert.Equal(3, pruned.FeatureCount);
        Assert.Equal(4, pruned.EntryCount);
        Assert.Equal(2, Sample().Pruned(2f).FeatureCount);
    }

    [Fact]
    public void A_damaged_table_is_refused()
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(300); // more classes than allowed
            writer.Write(0);
            writer.Write(0);
        }
        stream.Position = 0;
        Assert.Throws<InvalidDataException>(() => FeatureWeights.Read(new BinaryReader(stream)));
    }
}
