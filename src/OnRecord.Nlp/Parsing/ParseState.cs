namespace OnRecord.Nlp.Parsing;

/// <summary>
/// A configuration of the arc-hybrid system over one sentence of <see cref="Length"/> words: a stack, the
/// front of the buffer, the arcs built so far, and per word its nearest/second-nearest children and the
/// set of labels on each side (for features). The root is a virtual word at index <see cref="Length"/>,
/// at the end of the buffer (Ballesteros &amp; Nivre 2013), so that the root is chosen last, with the whole
/// sentence seen. Reused across sentences to avoid allocation; not thread-safe.
/// </summary>
public sealed class ParseState
{
    private int[] _stack = new int[64];

    public int Length { get; private set; }

    /// <summary>Index of the virtual root word.</summary>
    public int Root => Length;

    public int StackCount { get; private set; }

    /// <summary>Index of the first buffer word (<see cref="Root"/> when only the root is left).</summary>
    public int Buffer { get; private set; }

    /// <summary>Head of each word, −1 while unattached; <see cref="Root"/> for the sentence root.</summary>
    public int[] Heads { get; private set; } = new int[64];

    /// <summary>Label id of each attached word, −1 while unattached.</summary>
    public int[] Labels { get; private set; } = new int[64];

    /// <summary>Leftmost child (index −1 when none).</summary>
    public int[] Left1 { get; private set; } = new int[65];

    /// <summary>Second leftmost child.</summary>
    public int[] Left2 { get; private set; } = new int[65];

    public int[] Right1 { get; private set; } = new int[65];

    public int[] Right2 { get; private set; } = new int[65];

    public int[] LeftCount { get; private set; } = new int[65];

    public int[] RightCount { get; private set; } = new int[65];

    /// <summary>Bit set of the labels (id mod 64) of each word's left children.</summary>
    public ulong[] LeftLabels { get; private set; } = new ulong[65];

    public ulong[] RightLabels { get; private set; } = new ulong[65];

    public bool IsTerminal => Buffer == Length && StackCount == 0;

    public void Reset(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        if (Heads.Length < length)
        {
            var capacity = Math.Max(length, Heads.Length * 2);
            _stack = new int[capacity];
            Heads = new int[capacity];
            Labels = new int[capacity];
            Left1 = new int[capacity + 1];
            Left2 = new int[capacity + 1];
            Right1 = new int[capacity + 1];
            Right2 = new int[capacity + 1];
            LeftCount = new int[capacity + 1];
            RightCount = new int[capacity + 1];
            LeftLabels = new ulong[capacity + 1];
            RightLabels = new ulong[capacity + 1];
        }
        Length = length;
        StackCount = 0;
        Buffer = 0;
        Heads.AsSpan(0, length).Fill(-1);
        Labels.AsSpan(0, length).Fill(-1);
        Left1.AsSpan(0, length + 1).Fill(-1);
        Left2.AsSpan(0, length + 1).Fill(-1);
        Right1.AsSpan(0, length + 1).Fill(-1);
        Right2.AsSpan(0, length + 1).Fill(-1);
        LeftCount.AsSpan(0, length + 1).Clear();
        RightCount.AsSpan(0, length + 1).Clear();
        LeftLabels.AsSpan(0, length + 1).Clear();
        RightLabels.AsSpan(0, length + 1).Clear();
    }

    /// <summary>The k-th word from the top of the stack (0 = top), or −1.</summary>
    public int Stack(int k) => k < StackCount ? _stack[StackCount - 1 - k] : -1;

    /// <summary>The k-th buffer word (0 = front; the root counts as the last one), or −1.</summary>
    public int BufferAt(int k) => Buffer + k <= Length ? Buffer + k : -1;

    /// <summary>True when <paramref name="word"/> is on the stack (linear scan: stacks are short).</summary>
    public bool IsOnStack(int word)
    {
        for (var i = 0; i < StackCount; i++)
        {
            if (_stack[i] == word)
            {
                return true;
            }
        }
        return false;
    }

    public ReadOnlySpan<int> StackWords => _stack.AsSpan(0, StackCount);

    internal void Shift() => _stack[StackCount++] = Buffer++;

    internal void Pop() => StackCount--;

    internal void AddArc(int head, int dependent, int label)
    {
        Heads[dependent] = head;
        Labels[dependent] = label;
        var bit = 1UL << (label & 63);
        if (dependent < head)
        {
            LeftCount[head]++;
            LeftLabels[head] |= bit;
            Insert(Left1, Left2, head, dependent, closerIsSmaller: true);
        }
        else
        {
            RightCount[head]++;
            RightLabels[head] |= bit;
            Insert(Right1, Right2, head, dependent, closerIsSmaller: false);
        }
    }

    /// <summary>Keeps the outermost and second outermost children on one side.</summary>
    private static void Insert(int[] first, int[] second, int head, int dependent, bool closerIsSmaller)
    {
        var outer = first[head];
        if (outer < 0 || (closerIsSmaller ? dependent < outer : dependent > outer))
        {
            second[head] = outer;
            first[head] = dependent;
        }
        else if (second[head] < 0 || (closerIsSmaller ? dependent < second[head] : dependent > second[head]))
        {
            second[head] = dependent;
        }
    }
}
