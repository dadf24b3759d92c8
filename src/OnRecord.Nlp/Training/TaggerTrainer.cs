using System.Diagnostics;
using System.Globalization;
using OnRecord.Nlp.Features;
using OnRecord.Nlp.Learning;
using OnRecord.Nlp.Tagging;

namespace OnRecord.Nlp.Training;

public sealed record TaggerTrainingOptions
{
    public int Epochs { get; init; } = 12;

    public int Seed { get; init; } = 1;

    /// <summary>Averaged weights smaller than this are dropped from the shipped model.</summary>
    public float PruneBelow { get; init; } = 0.05f;
}

/// <summary>
/// Trains the <see cref="Tagger"/>: greedy decoding with its own predictions as history (so training sees
/// the errors it will make), perceptron updates on mistakes, sentences shuffled each epoch by a seeded
/// generator; single-threaded, hence the same data and seed always give the same bytes.
/// </summary>
public static class TaggerTrainer
{
    /// <param name="sentences">Training sentences, their words' classes taken from <paramref name="clusters"/>.</param>
    public static TaggerModel Train(IReadOnlyList<TrainingSentence> sentences, Lexicon.WordClusters clusters, TaggerTrainingOptions options,
        Action<string>? log = null, IReadOnlyList<TrainingSentence>? dev = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(clusters);
        ArgumentNullException.ThrowIfNull(options);
        var tags = TagSet.Create(sentences.SelectMany(s => s.Upos.Zip(s.Xpos)));
        var gold = sentences.Select(s => GoldClasses(tags, s)).ToArray();
        var lexicon = TagLexicon.Build(sentences.SelectMany((s, k) => s.Words.Select((w, i) => (w, gold[k][i]))), tags.Count);
        var perceptron = new AveragedPerceptron(tags.Count);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(options.Seed);
        Span<ulong> features = stackalloc ulong[TaggerFeatures.Max];
        Span<float> scores = stackalloc float[tags.Count];
        var clock = Stopwatch.StartNew();
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            int correct = 0, total = 0;
            foreach (var k in order)
            {
                var words = sentences[k].Words;
                var ambiguity = Ambiguity(lexicon, words);
                int p1 = -1, p2 = -1;
                for (var i = 0; i < words.Length; i++)
                {
                    if (!lexicon.TryGetSureTag(words[i], out var guess))
                    {
                        var n = TaggerFeatures.Extract(words, ambiguity, i, p1, p2, features);
                        perceptron.Score(features[..n], scores);
                        guess = ClassScores.ArgMax(scores);
                        perceptron.Update(features[..n], gold[k][i], guess);
                        perceptron.Advance();
                    }
                    correct += guess == gold[k][i] ? 1 : 0;
                    total++;
                    p2 = p1;
                    p1 = guess;
                }
            }
            var line = string.Create(CultureInfo.InvariantCulture,
                $"epoch {epoch} train {100.0 * correct / total:F2} features {perceptron.FeatureCount} time {clock.Elapsed.TotalSeconds:F0}s");
            if (dev is not null && (epoch == options.Epochs || epoch % 3 == 0))
            {
                var model = new TaggerModel(tags, lexicon, perceptron.Freeze(options.PruneBelow), clusters.Identity);
                var (upos, xpos) = Accuracy(new Tagger(model, clusters), dev);
                line += string.Create(CultureInfo.InvariantCulture, $" dev UPOS {upos:F2} XPOS {xpos:F2}");
            }
            log?.Invoke(line);
        }
        return new TaggerModel(tags, lexicon, perceptron.Freeze(options.PruneBelow), clusters.Identity);
    }

    /// <summary>UPOS and XPOS accuracy (percent) on gold-tokenised sentences.</summary>
    public static (double Upos, double Xpos) Accuracy(Tagger tagger, IReadOnlyList<TrainingSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(sentences);
        int upos = 0, xpos = 0, total = 0;
        foreach (var s in sentences)
        {
            var predicted = new int[s.Length];
            tagger.Predict(s.Words, predicted);
            for (var i = 0; i < s.Length; i++)
            {
                upos += tagger.Model.Tags.Upos(predicted[i]) == s.Upos[i] ? 1 : 0;
                xpos += tagger.Model.Tags.Xpos(predicted[i]) == s.Xpos[i] ? 1 : 0;
                total++;
            }
        }
        return (100.0 * upos / Math.Max(1, total), 100.0 * xpos / Math.Max(1, total));
    }

    internal static int[] GoldClasses(TagSet tags, TrainingSentence s)
    {
        var classes = new int[s.Length];
        for (var i = 0; i < s.Length; i++)
        {
            classes[i] = tags.TryGetClass(s.Upos[i], s.Xpos[i], out var c) ? c : 0;
        }
        return classes;
    }

    private static ulong[] Ambiguity(TagLexicon lexicon, WordFeatures[] words)
    {
        var classes = new ulong[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            classes[i] = lexicon.AmbiguityClass(words[i]);
        }
        return classes;
    }
}
