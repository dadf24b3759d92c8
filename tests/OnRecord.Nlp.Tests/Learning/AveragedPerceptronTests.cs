using OnRecord.Nlp.Learning;

namespace OnRecord.Nlp.Tests.Learning;

public class AveragedPerceptronTests
{
    /// <summary>Class = which of three marker features is present; a fourth feature is noise present everywhere.</summary>
    private static (ulong[] Features, int Class)[] Data()
    {
        var noise = FeatureHash.Of("noise");
        return Enumerable.Range(0, 30).Select(i => (new[] { FeatureHash.Of("marker" + (i % 3)), noise }, i % 3)).ToArray();
    }

    private static AveragedPerceptron Train(int epochs)
    {
        var perceptron = new AveragedPerceptron(3);
        var scores = new float[3];
        for (var e = 0; e < epochs; e++)
        {
            foreach (var (features, cls) in Data())
            {
                perceptron.Score(features, scores);
                perceptron.Update(features, cls, ClassScores.ArgMax(scores));
                perceptron.Advance();
            }
        }
        return perceptron;
    }

    [Fact]
    public void Learns_a_separable_problem_and_the_frozen_model_agrees()
    {
        var frozen = Train(3).Freeze(0f);
        var scores = new float[3];
        foreach (var (features, cls) in Data())
        {
            frozen.Score(features, scores);
            Assert.Equal(cls, ClassScores.ArgMax(scores));
        }
    }

    [Fact]
    public void No_update_when_the_guess_is_right()
    {
        var perceptron = new AveragedPerceptron(2);
        perceptron.Update([1UL, 2UL], 1, 1);
        Assert.Equal(0, perceptron.FeatureCount);
    }

    [Fact]
    public void Freezing_is_deterministic()
    {
        using var a = new MemoryStream();
        using var b = new MemoryStream();
        Write(Train(2).Freeze(0.01f), a);
        Write(Train(2).Freeze(0.01f), b);
        Assert.Equal(a.ToArray(), b.ToArray());
    }

    [Fact]
    public void Features_seen_in_too_few_updates_are_left_out()
    {
        var perceptron = new AveragedPerceptron(2);
        perceptron.Update([1UL, 2UL], 1, 0);
        perceptron.Advance();
        perceptron.Update([1UL], 1, 0);
        perceptron.Advance();
        Assert.Equal(2, perceptron.Freeze(0f).FeatureCount);
        Assert.Equal(1, perceptron.Freeze(0f, minUpdates: 2).FeatureCount);
        Assert.Equal([2, 1], perceptron.UpdateHistogram(2));
    }

    private static void Write(FeatureWeights weights, Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        weights.Write(writer);
    }
}
