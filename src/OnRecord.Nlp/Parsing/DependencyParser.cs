using OnRecord.Nlp.Learning;

namespace OnRecord.Nlp.Parsing;

/// <summary>
/// Greedy arc-hybrid dependency parser: at each step the transition classifier picks the best legal
/// move, and each new arc is labelled at once by the arc labeller (so later moves see the labels).
/// Linear time in sentence length. Thread-safe: per-call state lives in the caller's <see cref="ParseState"/>.
/// </summary>
public sealed class DependencyParser
{
    /// <param name="model">The weights.</param>
    /// <param name="clusters">The word lexicon the model was trained with; callers fill <see cref="ParserInput.Classes"/> from it.</param>
    public DependencyParser(ParserModel model, Lexicon.WordClusters clusters)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(clusters);
        Models.ModelCompatibility.RequireClusters(model.ClustersIdentity, clusters, ParserModel.Kind);
        Model = model;
        Clusters = clusters;
    }

    /// <summary>The shipped parser with the shipped word lexicon.</summary>
    public static DependencyParser Shipped => new(ParserModel.Shipped, Lexicon.WordClusters.Shipped);

    public ParserModel Model { get; }

    public Lexicon.WordClusters Clusters { get; }

    /// <summary>
    /// Parses one sentence. <paramref name="heads"/> receives 0-based heads within the sentence (−1 for the
    /// root) and <paramref name="labels"/> label ids into <see cref="ParserModel.Labels"/>.
    /// </summary>
    public void Parse(ParserInput input, ParseState state, Span<int> heads, Span<int> labels)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(state);
        state.Reset(input.Length);
        Span<ulong> features = stackalloc ulong[ParserFeatures.Max];
        Span<float> scores = stackalloc float[ArcHybrid.MoveCount];
        Span<bool> valid = stackalloc bool[ArcHybrid.MoveCount];
        Span<ulong> labelFeatures = stackalloc ulong[LabelFeatures.Max];
        Span<float> labelScores = stackalloc float[Model.Labels.Length];
        while (!state.IsTerminal)
        {
            ArcHybrid.ValidMoves(state, valid);
            var move = OnlyValidMove(valid);
            if (move is null)
            {
                // Scoring is most of the parser's time; a quarter of the moves are forced and need none.
                var n = ParserFeatures.Extract(state, input, features);
                Model.Transitions.Score(features[..n], scores);
                move = (Move)ClassScores.ArgMax(scores, valid);
            }
            var label = -1;
            if (move != Move.Shift)
            {
                var (head, dependent) = ArcHybrid.ArcOf(state, move.Value);
                label = PredictLabel(state, input, head, dependent, labelFeatures, labelScores);
            }
            ArcHybrid.Apply(state, move.Value, label);
        }
        for (var i = 0; i < input.Length; i++)
        {
            heads[i] = state.Heads[i] == state.Root ? -1 : state.Heads[i];
            labels[i] = state.Labels[i];
        }
        SubjectRepair.Apply(input, heads[..input.Length], labels[..input.Length], Model);
    }

    /// <summary>The move when exactly one is legal (an empty stack must shift; an empty buffer must reduce), else null.</summary>
    private static Move? OnlyValidMove(ReadOnlySpan<bool> valid)
    {
        var count = 0;
        var last = 0;
        for (var m = 0; m < valid.Length; m++)
        {
            if (valid[m])
            {
                count++;
                last = m;
            }
        }
        return count == 1 ? (Move)last : null;
    }

    /// <summary>The relation of a new arc: "root" for the root's, otherwise the labeller's best other label.</summary>
    public int PredictLabel(ParseState state, ParserInput input, int head, int dependent, Span<ulong> features, Span<float> scores)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (head == state.Root)
        {
            return Model.RootLabelId;
        }
        var n = LabelFeatures.Extract(state, input, head, dependent, features);
        Model.Labeller.Score(features[..n], scores);
        scores[Model.RootLabelId] = float.NegativeInfinity;
        return ClassScores.ArgMax(scores[..Model.Labels.Length]);
    }
}
