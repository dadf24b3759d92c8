using OnRecord.Nlp.Learning;

namespace OnRecord.Nlp.Tests.Learning;

public class FeatureWeightsTests
{
    // Four classes: the sparse layout, whose sums are exact (three or fewer take the dense fixed-point one).
    private static FeatureWeights Sample() => FeatureWeights.Build(4,
        [FeatureHash.Of("a"), FeatureHash.Of("b"), FeatureHash.Of("c")],
        [[(0, 1.5f), (2, -0.25f)], [(1, 2f)], [(0, -1f), (1, 0.5f), (2, 3f)]]);

    [Fact]
    public void Scores_sum_the_weights_of_known_features_and_ignore_unknown_ones()
    {
        var scores = new float[4];
        Sample().Score([FeatureHash.Of("a"), FeatureHash.Of("c"), FeatureHash.Of("never seen")], scores);
        Assert.Equal([0.5f, 0.5f, 2.75f, 0f], scores);
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
        var expected = new float[4];
        var actual = new float[4];
        weights.Score(features, expected);
        loaded.Score(features, actual);
        Assert.Equal(expected, actual);
        Assert.Equal(weights.FeatureCount, loaded.FeatureCount);
        Assert.Equal(weights.EntryCount, loaded.EntryCount);
    }

    [Fact]
    public void Weights_are_rounded_to_half_precision_when_built_so_saving_loses_nothing()
    {
        var weights = FeatureWeights.Build(4, [FeatureHash.Of("x")], [[(1, 0.1f)]]);
        var scores = new float[4];
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
    public void Three_class_models_score_within_their_fixed_point_step_of_the_exact_sums()
    {
        // Three classes take the dense layout (16-bit fixed-point weights); the exact sums are known.
        var random = new Random(7);
        var keys = Enumerable.Range(0, 5000).Select(i => FeatureHash.Feature(1, (ulong)i)).ToArray();
        var rows = keys.Select(_ => new[] { ((byte)0, (float)(random.NextDouble() * 40 - 20)), ((byte)2, (float)(random.NextDouble() * 400 - 200)) }).ToArray();
        var weights = FeatureWeights.Build(3, keys, rows);
        var scores = new float[3];
        weights.Score(keys.AsSpan(0, 100), scores);
        var exact0 = rows.Take(100).Sum(r => (double)(float)(Half)r[0].Item2);
        var exact2 = rows.Take(100).Sum(r => (double)(float)(Half)r[1].Item2);
        var step = 200.0 / short.MaxValue;
        Assert.InRange(scores[0], exact0 - 100 * step, exact0 + 100 * step);
        Assert.Equal(0f, scores[1]);
        Assert.InRange(scores[2], exact2 - 100 * step, exact2 + 100 * step);
        var again = new float[3];
        weights.Score(keys.AsSpan(0, 100).ToArray().Reverse().ToArray(), again);
        Assert.Equal(scores, again);
    }

    [Fact]
    public void Dense_scores_survive_saving_and_loading()
    {
        var keys = Enumerable.Range(0, 300).Select(i => FeatureHash.Feature(2, (ulong)i)).ToArray();
        var weights = FeatureWeights.Build(3, keys, keys.Select((_, i) => new[] { ((byte)(i % 3), i * 0.37f - 40) }).ToArray());
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            weights.Write(writer);
        }
        stream.Position = 0;
        var loaded = FeatureWeights.Read(new BinaryReader(stream));
        var expected = new float[3];
        var actual = new float[3];
        weights.Score(keys.AsSpan(10, 50), expected);
        loaded.Score(keys.AsSpan(10, 50), actual);
        Assert.Equal(expected, actual);
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
