using OnRecord.Nlp.Parsing;
using OnRecord.Nlp.Training;
using OnRecord.Tests.Common;

namespace OnRecord.Nlp.Tests.Parsing;

public class DynamicOracleTests
{
    /// <summary>Follows least-cost moves (the first such) and returns the heads built, 0-based with −1 for the root.</summary>
    private static int[] FollowOracle(int[] heads, Func<ParseState, int[], Span<int>, int>? choose = null)
    {
        var n = heads.Length;
        var gold = heads.Select(h => h < 0 ? n : h).ToArray();
        var state = new ParseState();
        state.Reset(n);
        Span<int> costs = stackalloc int[ArcHybrid.MoveCount];
        while (!state.IsTerminal)
        {
            DynamicOracle.Costs(state, gold, costs);
            var move = choose?.Invoke(state, gold, costs) ?? LeastCost(costs);
            ArcHybrid.Apply(state, (Move)move, 0);
        }
        return state.Heads.AsSpan(0, n).ToArray().Select(h => h == n ? -1 : h).ToArray();
    }

    private static int LeastCost(ReadOnlySpan<int> costs)
    {
        var best = 0;
        for (var m = 1; m < costs.Length; m++)
        {
            best = costs[m] < costs[best] ? m : best;
        }
        return best;
    }

    [Fact]
    public void Zero_cost_moves_rebuild_a_projective_tree()
    {
        // The minister said on Monday that talks resume .
        int[] heads = [1, 2, -1, 4, 2, 7, 7, 2, 2];
        Assert.Equal(heads, FollowOracle(heads));
    }

    [Fact]
    public void Zero_cost_moves_rebuild_every_projectivized_dev_tree()
    {
        var sentences = TrainingCorpus.Load([TestPaths.SharedFile("corpora", "gum-open", "en_gum-open-dev.conllu")]);
        foreach (var s in sentences)
        {
            var heads = Projectivizer.Lift(s.Heads);
            Assert.Equal(heads, FollowOracle(heads));
        }
    }

    [Fact]
    public void After_a_mistake_least_cost_moves_lose_only_what_the_mistake_cost()
    {
        // Force one wrong Shift (cost 1: "The" can no longer attach to "minister"), then follow the oracle.
        int[] heads = [1, 2, -1, 4, 2, 7, 7, 2, 2];
        var first = true;
        var built = FollowOracle(heads, (state, gold, costs) =>
        {
            if (first && state.StackCount == 1 && costs[(int)Move.Shift] > 0)
            {
                first = false;
                return (int)Move.Shift;
            }
            return LeastCost(costs);
        });
        var correct = built.Zip(heads).Count(p => p.First == p.Second);
        Assert.True(correct >= heads.Length - 1, $"{correct} of {heads.Length} arcs right after one mistake");
    }

    [Fact]
    public void Only_one_word_attaches_to_the_root()
    {
        var state = new ParseState();
        state.Reset(2);
        ArcHybrid.Apply(state, Move.Shift, -1);
        ArcHybrid.Apply(state, Move.Shift, -1);
        Span<bool> valid = stackalloc bool[ArcHybrid.MoveCount];
        ArcHybrid.ValidMoves(state, valid);
        Assert.False(valid[(int)Move.Shift]);
        Assert.False(valid[(int)Move.Left]);
        Assert.True(valid[(int)Move.Right]);
    }
}
