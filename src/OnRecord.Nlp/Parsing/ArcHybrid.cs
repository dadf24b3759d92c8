namespace OnRecord.Nlp.Parsing;

/// <summary>The moves of the arc-hybrid system (Kuhlmann et al. 2011).</summary>
public enum Move : byte
{
    /// <summary>Push the buffer front onto the stack.</summary>
    Shift,

    /// <summary>Attach the stack top to the buffer front and pop it.</summary>
    Left,

    /// <summary>Attach the stack top to the word below it and pop it.</summary>
    Right,
}

/// <summary>
/// The arc-hybrid transition system: which moves are legal in a configuration and what they do. One
/// constraint beyond the textbook: only one word may attach to the root, so every sentence gets a single
/// root as UD requires (the last stack word; others must attach by <see cref="Move.Right"/>).
/// </summary>
public static class ArcHybrid
{
    public const int MoveCount = 3;

    public static void ValidMoves(ParseState state, Span<bool> valid)
    {
        ArgumentNullException.ThrowIfNull(state);
        valid[(int)Move.Shift] = state.Buffer < state.Length;
        valid[(int)Move.Left] = state.StackCount >= 1 && (state.Buffer < state.Length || state.StackCount == 1);
        valid[(int)Move.Right] = state.StackCount >= 2;
    }

    /// <summary>The arc a move would add: (head, dependent); (−1, −1) for <see cref="Move.Shift"/>.</summary>
    public static (int Head, int Dependent) ArcOf(ParseState state, Move move)
    {
        ArgumentNullException.ThrowIfNull(state);
        return move switch
        {
            Move.Left => (state.Buffer, state.Stack(0)),
            Move.Right => (state.Stack(1), state.Stack(0)),
            _ => (-1, -1),
        };
    }

    /// <summary>Applies a legal move; <paramref name="label"/> is the relation of the arc it adds.</summary>
    public static void Apply(ParseState state, Move move, int label)
    {
        ArgumentNullException.ThrowIfNull(state);
        switch (move)
        {
            case Move.Shift:
                state.Shift();
                break;
            case Move.Left:
                state.AddArc(state.Buffer, state.Stack(0), label);
                state.Pop();
                break;
            case Move.Right:
                state.AddArc(state.Stack(1), state.Stack(0), label);
                state.Pop();
                break;
        }
    }
}
