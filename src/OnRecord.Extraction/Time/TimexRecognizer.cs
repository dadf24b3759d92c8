using System.Buffers;
using OnRecord.Core.Documents;

namespace OnRecord.Extraction.Time;

/// <summary>
/// Finds time expressions in a tokenized, sentence-split document: classifies every token once, then runs
/// <see cref="TimexParser"/> only at tokens that can start an expression, taking the longest match and
/// continuing after it. Stateless and thread-safe.
/// </summary>
internal static class TimexRecognizer
{
    public static List<TimexCandidate> Recognize(Document document)
    {
        var count = document.TokenCount;
        var result = new List<TimexCandidate>();
        if (count == 0)
        {
            return result;
        }
        var atoms = ArrayPool<TimeAtom>.Shared.Rent(count);
        try
        {
            var tokens = document.TokenSpan;
            var text = document.Text;
            for (var i = 0; i < count; i++)
            {
                atoms[i] = TimeAtomizer.Classify(text.AsSpan(tokens[i].Start, tokens[i].End - tokens[i].Start));
            }
            var sentences = document.Sentences;
            if (sentences.IsEmpty)
            {
                Scan(document, atoms.AsSpan(0, count), new TokenRange(0, count), 0, result);
            }
            for (var s = 0; s < sentences.Length; s++)
            {
                Scan(document, atoms.AsSpan(0, count), sentences[s], s, result);
            }
        }
        finally
        {
            ArrayPool<TimeAtom>.Shared.Return(atoms);
        }
        return result;
    }

    private static void Scan(Document document, ReadOnlySpan<TimeAtom> atoms, TokenRange sentence, int sentenceIndex, List<TimexCandidate> result)
    {
        var parser = new TimexParser(document.Text, document.TokenSpan, atoms, sentence.Start, sentence.End);
        var i = sentence.Start;
        while (i < sentence.End)
        {
            if (CanStart(atoms[i].Kind) && parser.TryParse(i, out var end, out var meaning) && meaning is not null && end > i)
            {
                result.Add(new TimexCandidate(i, end, sentenceIndex, meaning));
                i = end;
                continue;
            }
            i++;
        }
    }

    private static bool CanStart(AtomKind kind) => kind is not (AtomKind.None or AtomKind.Comma or AtomKind.Hyphen or AtomKind.Slash
        or AtomKind.Of or AtomKind.And or AtomKind.Than or AtomKind.MeasureWord or AtomKind.Currency or AtomKind.Age or AtomKind.Time
        or AtomKind.Local or AtomKind.Zone or AtomKind.Meridiem or AtomKind.OClock or AtomKind.Ago or AtomKind.Per);
}
