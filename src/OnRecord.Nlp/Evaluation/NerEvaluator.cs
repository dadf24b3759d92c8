using OnRecord.Core.Documents;
using OnRecord.Nlp.Entities.Training;

namespace OnRecord.Nlp.Evaluation;

/// <summary>
/// Scores predicted entities against gold IOB sentences: a mention counts only when its token span and its
/// label both match exactly (CoNLL-2003 style micro P/R/F1).
/// </summary>
public static class NerEvaluator
{
    private static readonly HashSet<string> ConllLabels = new(StringComparer.Ordinal) { "PER", "ORG", "LOC", "MISC" };

    /// <summary>PERSON→PER, ORG→ORG, GPE/LOC/FAC→LOC; anything else (NORP, MISC …) has no mapped label.</summary>
    public static string? MapToConll(string label) => label switch
    {
        "PER" or "PERSON" => "PER",
        "ORG" => "ORG",
        "LOC" or "GPE" or "FAC" => "LOC",
        _ => null,
    };

    /// <param name="gold">Gold sentences with their own labels.</param>
    /// <param name="predicted">Predicted mentions per sentence: word ranges and OntoNotes label names.</param>
    public static NerScores Score(IReadOnlyList<RawNerSentence> gold, IReadOnlyList<List<(int Start, int End, string Label)>> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var conll = gold.All(s => s.Mentions.All(m => ConllLabels.Contains(m.Type)));
        var exactByLabel = new Dictionary<string, PrfCounts>(StringComparer.Ordinal);
        var mappedByLabel = new Dictionary<string, PrfCounts>(StringComparer.Ordinal);
        var tokens = 0;
        for (var i = 0; i < gold.Count; i++)
        {
            tokens += gold[i].Words.Length;
            var g = gold[i].Mentions.Select(m => (m.Start, m.End, m.Type)).ToList();
            Count(g, predicted[i], exactByLabel);
            var gm = Mapped(g);
            var pm = Mapped(predicted[i]);
            Count(gm, pm, mappedByLabel);
        }
        var scores = new NerScores
        {
            Sentences = gold.Count,
            Tokens = tokens,
            ConllStyleGold = conll,
            Exact = Sum(exactByLabel.Values),
            Mapped = Sum(mappedByLabel.Values),
        };
        foreach (var (k, v) in exactByLabel)
        {
            scores.ExactByLabel[k] = v;
        }
        foreach (var (k, v) in mappedByLabel)
        {
            scores.MappedByLabel[k] = v;
        }
        return scores;
    }

    /// <summary>Predicted mentions of a document, as word ranges per sentence (tokens are the gold words).</summary>
    public static List<List<(int Start, int End, string Label)>> PerSentence(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var result = new List<List<(int, int, string)>>(document.Sentences.Length);
        foreach (var _ in document.Sentences)
        {
            result.Add([]);
        }
        foreach (var e in document.Entities)
        {
            var first = document.TokenIndexAt(e.Range.Start);
            var last = document.TokenIndexAt(e.Range.End - 1);
            var s = document.SentenceIndexOf(first);
            if (s < 0)
            {
                continue;
            }
            var sentenceStart = document.Sentences[s].Start;
            result[s].Add((first - sentenceStart, last + 1 - sentenceStart, e.Label.ToString()));
        }
        return result;
    }

    private static List<(int, int, string)> Mapped(List<(int Start, int End, string Label)> mentions)
    {
        var list = new List<(int, int, string)>(mentions.Count);
        foreach (var (s, e, l) in mentions)
        {
            if (MapToConll(l) is { } mapped)
            {
                list.Add((s, e, mapped));
            }
        }
        return list;
    }

    private static void Count(List<(int Start, int End, string Label)> gold, List<(int Start, int End, string Label)> system, Dictionary<string, PrfCounts> byLabel)
    {
        var goldSet = gold.ToHashSet();
        foreach (var m in system)
        {
            var c = byLabel.GetValueOrDefault(m.Label);
            byLabel[m.Label] = c with { System = c.System + 1, Correct = c.Correct + (goldSet.Contains(m) ? 1 : 0) };
        }
        foreach (var m in gold)
        {
            var c = byLabel.GetValueOrDefault(m.Label);
            byLabel[m.Label] = c with { Gold = c.Gold + 1 };
        }
    }

    private static PrfCounts Sum(IEnumerable<PrfCounts> counts)
    {
        var total = default(PrfCounts);
        foreach (var c in counts)
        {
            total += c;
        }
        return total;
    }
}
