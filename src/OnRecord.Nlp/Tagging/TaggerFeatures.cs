using OnRecord.Nlp.Features;
using static OnRecord.Nlp.Learning.FeatureHash;

namespace OnRecord.Nlp.Tagging;

/// <summary>
/// Feature templates of the left-to-right tagger at word <c>i</c>, given the two previous predicted tags.
/// Naming in comments: w = word, p1/p2 = previous tags, amb = ambiguity class, ±k = relative position.
/// Template numbers are part of the model format.
/// </summary>
public static class TaggerFeatures
{
    public const int Max = 64;

    private static readonly WordFeatures Start = WordFeatures.Of("<s>");
    private static readonly WordFeatures End = WordFeatures.Of("</s>");
    private static readonly ulong StartClass = Of("<s-class>");
    private static readonly ulong EndClass = Of("</s-class>");

    /// <param name="words">The sentence's words.</param>
    /// <param name="ambiguity">The ambiguity class of each word.</param>
    /// <param name="i">Position of the word to tag.</param>
    /// <param name="p1">Tag class of word i−1, or −1 at the start.</param>
    /// <param name="p2">Tag class of word i−2, or −1.</param>
    /// <returns>Number of features written to <paramref name="f"/>.</returns>
    public static int Extract(ReadOnlySpan<WordFeatures> words, ReadOnlySpan<ulong> ambiguity, int i, int p1, int p2, Span<ulong> f)
    {
        ref readonly var w = ref words[i];
        ref readonly var wm1 = ref i >= 1 ? ref words[i - 1] : ref Start;
        ref readonly var wm2 = ref i >= 2 ? ref words[i - 2] : ref Start;
        ref readonly var wp1 = ref i + 1 < words.Length ? ref words[i + 1] : ref End;
        ref readonly var wp2 = ref i + 2 < words.Length ? ref words[i + 2] : ref End;
        var amb = ambiguity[i];
        var ambP1 = i + 1 < words.Length ? ambiguity[i + 1] : EndClass;
        var ambP2 = i + 2 < words.Length ? ambiguity[i + 2] : EndClass;
        var ambM1 = i >= 1 ? ambiguity[i - 1] : StartClass;
        const WordFlags Spacing = WordFlags.SpaceBefore | WordFlags.SpaceAfter;
        var flags = (ulong)(w.Flags & ~Spacing);
        var spacing = (ulong)(w.Flags & Spacing);
        var t1 = (ulong)(p1 + 1);
        var t2 = (ulong)(p2 + 1);
        var n = 0;
        f[n++] = Feature(0, 0);
        f[n++] = Feature(1, w.Lower);
        f[n++] = Feature(2, w.Form);
        f[n++] = Feature(3, w.Suffix1);
        f[n++] = Feature(4, w.Suffix2);
        f[n++] = Feature(5, w.Suffix3);
        f[n++] = Feature(6, w.Suffix4);
        f[n++] = Feature(7, w.Prefix1);
        f[n++] = Feature(8, w.Prefix2);
        f[n++] = Feature(9, w.Prefix3);
        f[n++] = Feature(10, w.Shape);
        f[n++] = Feature(11, w.LongShape);
        f[n++] = Feature(12, flags);
        f[n++] = Feature(13, t1);
        f[n++] = Feature(14, t2);
        f[n++] = Feature(15, t1, t2);
        f[n++] = Feature(16, t1, w.Lower);
        f[n++] = Feature(17, wm1.Lower);
        f[n++] = Feature(18, wm1.Suffix3);
        f[n++] = Feature(19, wm2.Lower);
        f[n++] = Feature(20, wp1.Lower);
        f[n++] = Feature(21, wp1.Suffix3);
        f[n++] = Feature(22, wp2.Lower);
        f[n++] = Feature(23, wm1.Lower, w.Lower);
        f[n++] = Feature(24, w.Lower, wp1.Lower);
        f[n++] = Feature(25, t1, wp1.Lower);
        f[n++] = Feature(26, amb);
        f[n++] = Feature(27, ambP1);
        f[n++] = Feature(28, ambP2);
        f[n++] = Feature(29, t1, ambP1);
        f[n++] = Feature(30, amb, ambP1);
        f[n++] = Feature(31, wp1.Shape);
        f[n++] = Feature(32, wm1.Shape);
        f[n++] = Feature(33, i == 0 ? 1UL : 0UL, flags);
        f[n++] = Feature(34, t1, w.Suffix3);
        f[n++] = Feature(35, w.Lower, ambP1);
        f[n++] = Feature(36, wm1.Lower, wp1.Lower);
        f[n++] = Feature(37, t2, t1, amb);
        f[n++] = Feature(38, t1, w.Shape);
        f[n++] = Feature(39, ambM1, amb, ambP1);
        f[n++] = Feature(40, w.Suffix3, wp1.Lower);
        f[n++] = Feature(41, wm1.Shape, w.Shape, wp1.Shape);
        f[n++] = Feature(42, spacing, w.Shape);
        // Word clusters (c = fine, m = medium, k = coarse) and the dictionary's spelling of the word.
        var c = w.Class;
        var capitalization = (ulong)(w.Flags & (WordFlags.Capitalized | WordFlags.AllUpper));
        f[n++] = Feature(43, c.Fine);
        f[n++] = Feature(44, c.Medium);
        f[n++] = Feature(46, (ulong)c.Case, capitalization, i == 0 ? 1UL : 0UL);
        f[n++] = Feature(49, wp1.Class.Fine);
        return n;
    }
}
