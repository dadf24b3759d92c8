using static OnRecord.Nlp.Learning.FeatureHash;

namespace OnRecord.Nlp.Parsing;

/// <summary>
/// Feature templates of the transition classifier, after Zhang &amp; Nivre (2011) adapted to arc-hybrid.
/// Naming: s0/s1/s2 stack words from the top, b0/b1/b2 buffer words; w word, t tag, l label;
/// s0L/s0L2 leftmost and second leftmost child of s0, s0R/s0R2 rightmost ones (likewise b0L, s1R);
/// d distance s0–b0; vl/vr left/right valency; sl/sr left/right label sets.
/// Template numbers are part of the model format.
/// </summary>
public static class ParserFeatures
{
    public const int Max = 112;

    private static readonly ulong None = Of("<none>");

    public static int Extract(ParseState state, ParserInput input, Span<ulong> f)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(input);
        var words = input.Words;
        var tags = input.Tags;
        var s0 = state.Stack(0);
        var s1 = state.Stack(1);
        var s2 = state.Stack(2);
        var b0 = state.BufferAt(0);
        var b1 = state.BufferAt(1);
        var b2 = state.BufferAt(2);
        var s0L = s0 >= 0 ? state.Left1[s0] : -1;
        var s0L2 = s0 >= 0 ? state.Left2[s0] : -1;
        var s0R = s0 >= 0 ? state.Right1[s0] : -1;
        var s0R2 = s0 >= 0 ? state.Right2[s0] : -1;
        var s1R = s1 >= 0 ? state.Right1[s1] : -1;
        var b0L = b0 >= 0 ? state.Left1[b0] : -1;
        var b0L2 = b0 >= 0 ? state.Left2[b0] : -1;

        ulong W(int i) => i >= 0 ? words[i] : None;
        ulong T(int i) => i >= 0 ? tags[i] : None;
        ulong L(int i) => i >= 0 ? (ulong)(state.Labels[i] + 1) : 0;

        var s0w = W(s0);
        var s0t = T(s0);
        var s1w = W(s1);
        var s1t = T(s1);
        var b0w = W(b0);
        var b0t = T(b0);
        var b1w = W(b1);
        var b1t = T(b1);
        var distance = s0 >= 0 && b0 >= 0 ? Bucket(b0 - s0) : 0UL;
        var s0vl = s0 >= 0 ? (ulong)Math.Min(state.LeftCount[s0], 6) : 0;
        var s0vr = s0 >= 0 ? (ulong)Math.Min(state.RightCount[s0], 6) : 0;
        var b0vl = b0 >= 0 ? (ulong)Math.Min(state.LeftCount[b0], 6) : 0;
        var s0sl = s0 >= 0 ? state.LeftLabels[s0] : 0;
        var s0sr = s0 >= 0 ? state.RightLabels[s0] : 0;
        var b0sl = b0 >= 0 ? state.LeftLabels[b0] : 0;

        var n = 0;
        f[n++] = Feature(0, 0);
        // Single words.
        f[n++] = Feature(1, s0w, s0t);
        f[n++] = Feature(2, s0w);
        f[n++] = Feature(3, s0t);
        f[n++] = Feature(4, b0w, b0t);
        f[n++] = Feature(5, b0w);
        f[n++] = Feature(6, b0t);
        f[n++] = Feature(7, b1w, b1t);
        f[n++] = Feature(8, b1w);
        f[n++] = Feature(9, b1t);
        f[n++] = Feature(10, W(b2));
        f[n++] = Feature(11, T(b2));
        f[n++] = Feature(12, s1w, s1t);
        f[n++] = Feature(13, s1w);
        f[n++] = Feature(14, s1t);
        f[n++] = Feature(15, T(s2));
        f[n++] = Feature(16, W(s2));
        // Pairs.
        f[n++] = Feature(17, s0w, s0t, b0w, b0t);
        f[n++] = Feature(18, s0w, s0t, b0w);
        f[n++] = Feature(19, s0w, b0w, b0t);
        f[n++] = Feature(20, s0w, s0t, b0t);
        f[n++] = Feature(21, s0t, b0w, b0t);
        f[n++] = Feature(22, s0w, b0w);
        f[n++] = Feature(23, s0t, b0t);
        f[n++] = Feature(24, b0t, b1t);
        f[n++] = Feature(25, s1t, s0t);
        f[n++] = Feature(26, s1w, s0w);
        f[n++] = Feature(27, s1w, s1t, s0t);
        f[n++] = Feature(28, s1t, s0w, s0t);
        f[n++] = Feature(29, s1w, s0w, s0t);
        f[n++] = Feature(30, s1w, s1t, s0w);
        // Three words.
        f[n++] = Feature(31, b0t, b1t, T(b2));
        f[n++] = Feature(32, s0t, b0t, b1t);
        f[n++] = Feature(33, s1t, s0t, b0t);
        f[n++] = Feature(34, s0t, T(s0L), b0t);
        f[n++] = Feature(35, s0t, T(s0R), b0t);
        f[n++] = Feature(36, s0t, b0t, T(b0L));
        f[n++] = Feature(37, s1t, T(s1R), s0t);
        f[n++] = Feature(38, T(s2), s1t, s0t);
        f[n++] = Feature(39, s1t, s0t, T(s0L));
        f[n++] = Feature(40, s1t, s0t, T(s0R));
        f[n++] = Feature(41, s0w, b0t, b1t);
        f[n++] = Feature(42, s0t, b0w, b1t);
        // Distance.
        f[n++] = Feature(43, s0w, distance);
        f[n++] = Feature(44, s0t, distance);
        f[n++] = Feature(45, b0w, distance);
        f[n++] = Feature(46, b0t, distance);
        f[n++] = Feature(47, s0w, b0w, distance);
        f[n++] = Feature(48, s0t, b0t, distance);
        // Valency.
        f[n++] = Feature(49, s0w, s0vr);
        f[n++] = Feature(50, s0t, s0vr);
        f[n++] = Feature(51, s0w, s0vl);
        f[n++] = Feature(52, s0t, s0vl);
        f[n++] = Feature(53, b0w, b0vl);
        f[n++] = Feature(54, b0t, b0vl);
        // Children.
        f[n++] = Feature(55, W(s0L));
        f[n++] = Feature(56, T(s0L));
        f[n++] = Feature(57, L(s0L));
        f[n++] = Feature(58, W(s0R));
        f[n++] = Feature(59, T(s0R));
        f[n++] = Feature(60, L(s0R));
        f[n++] = Feature(61, T(s0L2));
        f[n++] = Feature(62, L(s0L2));
        f[n++] = Feature(63, T(s0R2));
        f[n++] = Feature(64, L(s0R2));
        f[n++] = Feature(65, W(b0L));
        f[n++] = Feature(66, T(b0L));
        f[n++] = Feature(67, L(b0L));
        f[n++] = Feature(68, T(b0L2));
        f[n++] = Feature(69, L(b0L2));
        f[n++] = Feature(70, W(s1R));
        f[n++] = Feature(71, T(s1R));
        f[n++] = Feature(72, L(s1R));
        // Third order.
        f[n++] = Feature(73, s0t, T(s0L), T(s0L2));
        f[n++] = Feature(74, s0t, T(s0R), T(s0R2));
        f[n++] = Feature(75, b0t, T(b0L), T(b0L2));
        f[n++] = Feature(76, s0t, L(s0L), L(s0L2));
        f[n++] = Feature(77, s0t, L(s0R), L(s0R2));
        f[n++] = Feature(78, b0t, L(b0L), L(b0L2));
        // Label sets.
        f[n++] = Feature(79, s0w, s0sl);
        f[n++] = Feature(80, s0t, s0sl);
        f[n++] = Feature(81, s0w, s0sr);
        f[n++] = Feature(82, s0t, s0sr);
        f[n++] = Feature(83, b0w, b0sl);
        f[n++] = Feature(84, b0t, b0sl);
        f[n++] = Feature(85, s0t, s0sl, b0t, b0sl);
        f[n++] = Feature(86, s1t, s1 >= 0 ? state.RightLabels[s1] : 0, s0t);
        // Punctuation between s0 and b0: commas and quotes separate clauses, appositions and speech.
        var punctuation = (ulong)input.PunctuationBetween(s0, b0);
        f[n++] = Feature(87, s0t, b0t, punctuation);
        f[n++] = Feature(88, punctuation, distance);
        // Attachment of b0 by its first left child (usually the preposition of a prepositional phrase):
        // to s0 (shift now, attach later) or to s1 (reduce s0 first), as word–preposition–word affinities.
        var b0Lw = W(b0L);
        f[n++] = Feature(89, s0w, b0Lw, b0w);
        f[n++] = Feature(90, s1w, b0Lw, b0w);
        f[n++] = Feature(91, s0w, b0Lw);
        f[n++] = Feature(92, s1w, b0Lw);
        f[n++] = Feature(93, s0t, b0Lw, s1t);
        // Word clusters (fine c, medium m): the words' classes stand in for words never seen in training.
        var classes = input.Classes;
        var s0c = s0 >= 0 ? classes[s0] : default;
        var s1c = s1 >= 0 ? classes[s1] : default;
        var b0c = b0 >= 0 ? classes[b0] : default;
        var b1c = b1 >= 0 ? classes[b1] : default;
        f[n++] = Feature(94, s0c.Fine, s0t);
        f[n++] = Feature(95, b0c.Fine, b0t);
        f[n++] = Feature(96, s1c.Fine, s1t);
        f[n++] = Feature(97, b1c.Medium, b1t);
        f[n++] = Feature(98, s0c.Medium, b0c.Medium);
        f[n++] = Feature(99, s0c.Fine, b0t, s0t);
        f[n++] = Feature(100, s0t, b0c.Fine, b0t);
        f[n++] = Feature(101, s1c.Medium, s0c.Medium, s0t);
        f[n++] = Feature(102, s0c.Medium, b0Lw, b0c.Medium);
        f[n++] = Feature(103, s1c.Medium, b0Lw, b0c.Medium);
        f[n++] = Feature(104, s0c.Coarse, b0c.Coarse, s0t, b0t);
        return n;
    }

    /// <summary>Distances 1–4 exactly, then 5–6, 7–9, 10–14, 15+.</summary>
    public static ulong Bucket(int distance) => distance switch
    {
        <= 4 => (ulong)distance,
        <= 6 => 5,
        <= 9 => 6,
        <= 14 => 7,
        _ => 8,
    };
}
