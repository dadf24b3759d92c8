using System.Diagnostics;
using System.Globalization;
using OnRecord.Nlp.Learning;
using OnRecord.Nlp.Parsing;

namespace OnRecord.Nlp.Training;

public sealed record ParserTrainingOptions
{
    public int Epochs { get; init; } = 12;

    public int Seed { get; init; } = 1;

    /// <summary>From this epoch on, training follows the model's own move (when legal) instead of the oracle's.</summary>
    public int ExploreFromEpoch { get; init; } = 2;

    /// <summary>Probability of following the model's move once exploring (Goldberg &amp; Nivre 2013 use 0.9).</summary>
    public double ExplorationRate { get; init; } = 0.9;

    /// <summary>Averaged weights smaller than this are dropped (measured on dev: 0.01 UAS at 1.0, a quarter smaller and faster).</summary>
    public float PruneBelow { get; init; } = 1f;

    /// <summary>
    /// Features updated fewer times are left out of the model: at 3, a third of the features remain and the
    /// model is a third of the size, for 0.1 UAS on dev (see <see cref="AveragedPerceptron.Freeze"/>).
    /// </summary>
    public int MinUpdates { get; init; } = 3;
}

/// <summary>
/// Trains the <see cref="DependencyParser"/> online with the dynamic oracle: at each configuration the
/// transition classifier is updated when its best move has a cost, and training then follows its own move
/// (exploration) so that it learns to recover from its mistakes. The labeller is updated on every gold arc
/// built. One seeded generator drives shuffling and exploration, so runs are reproducible.
/// </summary>
public static class ParserTrainer
{
    public static ParserModel Train(IReadOnlyList<TrainingSentence> sentences, IReadOnlyList<PredictedTags> tags, Lexicon.WordClusters clusters,
        ParserTrainingOptions options, Action<string>? log = null, IReadOnlyList<(TrainingSentence Sentence, PredictedTags Tags)>? dev = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(tags);
        ArgumentNullException.ThrowIfNull(clusters);
        ArgumentNullException.ThrowIfNull(options);
        var labels = sentences.SelectMany(s => s.Deprels).Append(ParserModel.RootLabel).Distinct().Order(StringComparer.Ordinal).ToArray();
        var labelIds = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        var rootLabel = labelIds[ParserModel.RootLabel];
        var examples = sentences.Select((s, i) => new ParserExample(s, tags[i], labelIds, projectivize: true)).ToArray();
        var devExamples = dev?.Select(d => new ParserExample(d.Sentence, d.Tags, labelIds, projectivize: false)).ToArray();

        var transitions = new AveragedPerceptron(ArcHybrid.MoveCount);
        var labeller = new AveragedPerceptron(labels.Length);
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, examples.Length).ToArray();
        var input = new ParserInput();
        var state = new ParseState();
        Span<ulong> features = stackalloc ulong[ParserFeatures.Max];
        Span<ulong> labelFeatures = stackalloc ulong[LabelFeatures.Max];
        Span<float> scores = stackalloc float[ArcHybrid.MoveCount];
        Span<float> labelScores = stackalloc float[labels.Length];
        Span<bool> valid = stackalloc bool[ArcHybrid.MoveCount];
        Span<int> costs = stackalloc int[ArcHybrid.MoveCount];
        var clock = Stopwatch.StartNew();
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            var explore = epoch >= options.ExploreFromEpoch;
            long moves = 0, correctMoves = 0;
            foreach (var k in order)
            {
                var example = examples[k];
                example.Fill(input);
                var gold = example.OracleHeads();
                state.Reset(example.Length);
                while (!state.IsTerminal)
                {
                    var n = ParserFeatures.Extract(state, input, features);
                    transitions.Score(features[..n], scores);
                    ArcHybrid.ValidMoves(state, valid);
                    DynamicOracle.Costs(state, gold, costs);
                    var guess = ClassScores.ArgMax(scores, valid);
                    var best = BestZeroCost(scores, costs);
                    if (costs[guess] > costs[best])
                    {
                        transitions.Update(features[..n], best, guess);
                    }
                    else
                    {
                        correctMoves++;
                    }
                    transitions.Advance();
                    moves++;
                    var move = (Move)(explore && random.NextDouble() < options.ExplorationRate ? guess : best);
                    var label = -1;
                    if (move != Move.Shift)
                    {
                        var (head, dependent) = ArcHybrid.ArcOf(state, move);
                        label = head == state.Root ? rootLabel : TrainLabel(labeller, state, input, head, dependent, example, gold, rootLabel, labelFeatures, labelScores);
                    }
                    ArcHybrid.Apply(state, move, label);
                }
            }
            var line = string.Create(CultureInfo.InvariantCulture,
                $"epoch {epoch} moves {100.0 * correctMoves / Math.Max(1, moves):F2}% zero-cost, features {transitions.FeatureCount}+{labeller.FeatureCount}, time {clock.Elapsed.TotalSeconds:F0}s");
            if (devExamples is not null && (epoch % 3 == 0 || epoch == options.Epochs))
            {
                var model = new ParserModel(labels, transitions.Freeze(options.PruneBelow, options.MinUpdates), labeller.Freeze(options.PruneBelow, options.MinUpdates), clusters.Identity);
                var (uas, las) = Attachment(new DependencyParser(model, clusters), devExamples);
                line += string.Create(CultureInfo.InvariantCulture, $", dev UAS {uas:F2} LAS {las:F2}");
            }
            log?.Invoke(line);
        }
        log?.Invoke("transition features by updates (>=1..8): " + string.Join(' ', transitions.UpdateHistogram(8)));
        log?.Invoke("labeller features by updates (>=1..8): " + string.Join(' ', labeller.UpdateHistogram(8)));
        return new ParserModel(labels, transitions.Freeze(options.PruneBelow, options.MinUpdates), labeller.Freeze(options.PruneBelow, options.MinUpdates), clusters.Identity);
    }

    /// <summary>UAS and LAS (universal relation part, as CoNLL 2018) in percent over gold-tokenised examples.</summary>
    public static (double Uas, double Las) Attachment(DependencyParser parser, IReadOnlyList<ParserExample> examples)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(examples);
        var input = new ParserInput();
        var state = new ParseState();
        long uas = 0, las = 0, total = 0;
        foreach (var e in examples)
        {
            e.Fill(input);
            var heads = new int[e.Length];
            var labels = new int[e.Length];
            parser.Parse(input, state, heads, labels);
            for (var i = 0; i < e.Length; i++)
            {
                total++;
                if (heads[i] == e.Heads[i])
                {
                    uas++;
                    las += Universal(parser.Model.Labels[labels[i]]).SequenceEqual(Universal(e.Sentence.Deprels[i])) ? 1 : 0;
                }
            }
        }
        return (100.0 * uas / Math.Max(1, total), 100.0 * las / Math.Max(1, total));
    }

    private static ReadOnlySpan<char> Universal(string label)
    {
        var colon = label.IndexOf(':');
        return colon < 0 ? label : label.AsSpan(0, colon);
    }

    /// <summary>The highest-scoring move among those of least cost.</summary>
    private static int BestZeroCost(ReadOnlySpan<float> scores, ReadOnlySpan<int> costs)
    {
        var minimum = int.MaxValue;
        foreach (var c in costs)
        {
            minimum = Math.Min(minimum, c);
        }
        var best = -1;
        for (var m = 0; m < costs.Length; m++)
        {
            if (costs[m] == minimum && (best < 0 || scores[m] > scores[best]))
            {
                best = m;
            }
        }
        return best;
    }

    /// <summary>Predicts the arc's label, learns from the gold label when the arc is right, and returns the prediction.</summary>
    private static int TrainLabel(AveragedPerceptron labeller, ParseState state, ParserInput input, int head, int dependent,
        ParserExample example, int[] gold, int rootLabel, Span<ulong> features, Span<float> scores)
    {
        var n = LabelFeatures.Extract(state, input, head, dependent, features);
        labeller.Score(features[..n], scores);
        scores[rootLabel] = float.NegativeInfinity;
        var predicted = ClassScores.ArgMax(scores);
        var truth = example.Labels[dependent];
        if (gold[dependent] == head && truth >= 0 && truth != rootLabel)
        {
            labeller.Update(features[..n], truth, predicted);
            labeller.Advance();
        }
        return predicted;
    }
}
