using static OnRecord.Nlp.Learning.FeatureHash;

namespace OnRecord.Nlp.Parsing;

/// <summary>
/// Feature templates of the arc labeller, called when an arc (h → d) is built. In arc-hybrid the
/// dependent is complete at that moment (all its children attached and labelled), and the head has its
/// children between it and d, so "has a case child", "head already has a subject" and the like are known.
/// Naming: h head, d dependent, dir side of d, dist bucketed distance; dL/dR outermost children of d.
/// Template numbers are part of the model format.
/// </summary>
public static class LabelFeatures
{
    public const int Max = 40;

    private static readonly ulong None = Of("<none>");

    public static int Extract(ParseState state, ParserInput input, int head, int dependent, Span<ulong> f)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(input);
        var words = input.Words;
        var tags = input.Tags;
        ulong W(int i) => i >= 0 ? words[i] : None;
        ulong T(int i) => i >= 0 ? tags[i] : None;
        ulong L(int i) => i >= 0 ? (ulong)(state.Labels[i] + 1) : 0;

        var left = dependent < head;
        var dir = left ? 1UL : 2UL;
        var dist = ParserFeatures.Bucket(Math.Abs(head - dependent));
        var hw = words[head];
        var ht = tags[head];
        var dw = words[dependent];
        var dt = tags[dependent];
        var dL = state.Left1[dependent];
        var dR = state.Right1[dependent];
        // The head's children already on d's side, and on the other side.
        var hSame = left ? state.LeftLabels[head] : state.RightLabels[head];
        var hOther = left ? state.RightLabels[head] : state.LeftLabels[head];
        var hNearest = left ? state.Left1[head] : state.Right1[head];
        var before = dependent > 0 ? dependent - 1 : -1;
        var after = dependent + 1 < input.Length ? dependent + 1 : -1;
        var next = left ? state.BufferAt(1) : state.BufferAt(0);

        var n = 0;
        f[n++] = Feature(0, dir);
        f[n++] = Feature(1, dw);
        f[n++] = Feature(2, dt);
        f[n++] = Feature(3, dw, dt);
        f[n++] = Feature(4, hw);
        f[n++] = Feature(5, ht);
        f[n++] = Feature(6, hw, ht);
        f[n++] = Feature(7, ht, dt, dir);
        f[n++] = Feature(8, hw, dt, dir);
        f[n++] = Feature(9, ht, dw, dir);
        f[n++] = Feature(10, hw, dw, dir);
        f[n++] = Feature(11, dt, dir, dist);
        f[n++] = Feature(12, ht, dt, dir, dist);
        f[n++] = Feature(13, dt, state.LeftLabels[dependent]);
        f[n++] = Feature(14, dt, state.RightLabels[dependent]);
        f[n++] = Feature(15, dt, W(dL), L(dL));
        f[n++] = Feature(16, dt, L(dL));
        f[n++] = Feature(17, dt, L(dR));
        f[n++] = Feature(18, dt, W(dR), L(dR));
        f[n++] = Feature(19, dt, dir, hSame);
        f[n++] = Feature(20, dt, dir, hOther);
        f[n++] = Feature(21, dt, W(before));
        f[n++] = Feature(22, dt, W(after));
        f[n++] = Feature(23, dt, ht, L(hNearest));
        f[n++] = Feature(24, dt, ht, T(dL));
        f[n++] = Feature(25, W(dL), L(dL), ht, dir);
        f[n++] = Feature(26, dt, ht, T(next), dir);
        f[n++] = Feature(27, dw, ht, hSame);
        f[n++] = Feature(28, dt, T(before), dir);
        f[n++] = Feature(29, ht, hw, dt, dw);
        f[n++] = Feature(30, input.Coarse[dependent], input.Coarse[head], dir, hSame);
        f[n++] = Feature(31, dt, state.LeftLabels[dependent], state.RightLabels[dependent], ht);
        var dc = input.Classes[dependent];
        var hc = input.Classes[head];
        f[n++] = Feature(32, dc.Fine, dt);
        f[n++] = Feature(33, hc.Fine, ht);
        f[n++] = Feature(34, dc.Medium, hc.Medium, dir);
        f[n++] = Feature(35, dc.Medium, ht, dir);
        f[n++] = Feature(36, dt, hc.Medium, dir);
        return n;
    }
}
