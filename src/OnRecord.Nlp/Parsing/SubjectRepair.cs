using OnRecord.Core.Documents;
using OnRecord.Nlp.Features;

namespace OnRecord.Nlp.Parsing;

/// <summary>
/// A clause has one subject. A greedy parser sometimes gives a verb two, when an apposition sits between
/// subject and verb ("Ukraine's minister, Oksana Hrytsenko, said"): both nominals look like subjects when
/// the verb is reached. When two subjects of one head are separated only by a comma, the second becomes an
/// apposition of the first, and the commas around it its punctuation, as UD annotates it. When a title
/// ("Opposition leader") runs straight into the name that follows it, the title becomes the name's
/// <c>nmod:desc</c>, as UD English annotates "President Bill Clinton".
/// </summary>
public static class SubjectRepair
{
    private static readonly ulong Comma = WordFeatures.LowerHash(",");

    /// <summary>Subtree edges are found by walking heads (quadratic); real sentences are far shorter than this.</summary>
    private const int MaxLength = 300;

    /// <param name="input">The sentence (its words tell where the commas are).</param>
    /// <param name="heads">0-based heads within the sentence, −1 for the root; changed in place.</param>
    /// <param name="labels">Label ids; changed in place.</param>
    public static void Apply(ParserInput input, Span<int> heads, Span<int> labels, ParserModel model)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(model);
        var words = input.Words;
        bool IsComma(int i) => words[i] == Comma;
        var appos = Array.IndexOf(model.Labels, "appos");
        var punct = Array.IndexOf(model.Labels, "punct");
        var desc = Array.IndexOf(model.Labels, "nmod:desc");
        if (appos < 0 || punct < 0 || heads.Length > MaxLength)
        {
            return;
        }
        for (var second = 0; second < heads.Length; second++)
        {
            var head = heads[second];
            if (head <= second || !IsSubject(model.Labels[labels[second]]))
            {
                continue;
            }
            // The nearest earlier subject of the same head.
            var first = -1;
            for (var k = second - 1; k >= 0; k--)
            {
                if (heads[k] == head && IsSubject(model.Labels[labels[k]]))
                {
                    first = k;
                    break;
                }
            }
            if (first < 0)
            {
                continue;
            }
            var start = LeftEdge(heads, second);
            if (desc >= 0 && RightEdge(heads, first) == start - 1 && input.PunctuationBetween(first, second) == 0 && input.Pos(second) == UniversalPos.PROPN && input.Pos(first) is UniversalPos.NOUN or UniversalPos.PROPN)
            {
                heads[first] = second;
                labels[first] = desc;
                continue;
            }
            var comma = start - 1;
            if (comma <= first || !IsComma(comma) || RightEdge(heads, first) is var edge && edge != comma - 1 && edge != comma)
            {
                continue;
            }
            heads[second] = first;
            labels[second] = appos;
            heads[comma] = second;
            labels[comma] = punct;
            var end = RightEdge(heads, second);
            if (end + 1 < head && IsComma(end + 1))
            {
                heads[end + 1] = second;
                labels[end + 1] = punct;
            }
        }
    }

    private static bool IsSubject(string label) => label is "nsubj" or "nsubj:pass";

    /// <summary>Leftmost word of a word's subtree.</summary>
    private static int LeftEdge(ReadOnlySpan<int> heads, int word)
    {
        var edge = word;
        for (var k = 0; k < word; k++)
        {
            if (Dominates(heads, word, k))
            {
                return k;
            }
        }
        return edge;
    }

    private static int RightEdge(ReadOnlySpan<int> heads, int word)
    {
        for (var k = heads.Length - 1; k > word; k--)
        {
            if (Dominates(heads, word, k))
            {
                return k;
            }
        }
        return word;
    }

    private static bool Dominates(ReadOnlySpan<int> heads, int ancestor, int word)
    {
        for (var steps = 0; word >= 0 && steps <= heads.Length; steps++)
        {
            if (word == ancestor)
            {
                return true;
            }
            word = heads[word];
        }
        return false;
    }
}
