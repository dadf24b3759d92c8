namespace OnRecord.Nlp.Parsing;

/// <summary>
/// The dynamic oracle of the arc-hybrid system (Goldberg &amp; Nivre 2013): for each move, how many gold
/// arcs that are still reachable it would make unreachable. Zero-cost moves are correct from any
/// configuration, including ones reached by mistakes, which is what lets training explore its own errors.
/// Exact for projective gold trees; training trees are projectivized first.
/// </summary>
public static class DynamicOracle
{
    /// <param name="gold">Gold head of each word, <see cref="ParseState.Root"/> for the root.</param>
    /// <param name="costs">Cost per move; illegal moves get <see cref="int.MaxValue"/>.</param>
    public static void Costs(ParseState state, ReadOnlySpan<int> gold, Span<int> costs)
    {
        ArgumentNullException.ThrowIfNull(state);
        Span<bool> valid = stackalloc bool[ArcHybrid.MoveCount];
        ArcHybrid.ValidMoves(state, valid);
        var s0 = state.Stack(0);
        var s1 = state.Stack(1);
        var b0 = state.Buffer;
        var n = state.Length;
        costs[(int)Move.Shift] = valid[(int)Move.Shift] ? ShiftCost(state, gold, s0, b0) : int.MaxValue;
        if (s0 < 0)
        {
            costs[(int)Move.Left] = costs[(int)Move.Right] = int.MaxValue;
            return;
        }
        // Popping s0 loses its dependents still in the buffer (b0 included).
        var lostDependents = 0;
        for (var d = b0; d < n; d++)
        {
            lostDependents += gold[d] == s0 && state.Heads[d] < 0 ? 1 : 0;
        }
        var h = gold[s0];
        // Left gives s0 the head b0: loses a gold head s1 or one further in the buffer (the root included).
        var leftCost = lostDependents + (h != b0 && (h == s1 || h > b0) ? 1 : 0);
        // Right gives s0 the head s1: loses a gold head anywhere in the buffer.
        var rightCost = lostDependents + (h >= b0 ? 1 : 0);
        costs[(int)Move.Left] = valid[(int)Move.Left] ? leftCost : int.MaxValue;
        costs[(int)Move.Right] = valid[(int)Move.Right] ? rightCost : int.MaxValue;
    }

    /// <summary>
    /// Pushing b0 loses its gold dependents on the stack and a gold head on the stack below s0. And since only
    /// one word may attach to the root, pushing the gold root word onto a non-empty stack loses its root arc:
    /// the words beneath can only leave by making it their dependent's head or by taking it as theirs.
    /// </summary>
    private static int ShiftCost(ParseState state, ReadOnlySpan<int> gold, int s0, int b0)
    {
        var cost = gold[b0] == state.Root && state.StackCount > 0 ? 1 : 0;
        foreach (var w in state.StackWords)
        {
            if (gold[w] == b0)
            {
                cost++;
            }
            else if (w != s0 && gold[b0] == w)
            {
                cost++;
            }
        }
        return cost;
    }
}
