using OnRecord.Nlp.Features;
using OnRecord.Nlp.Learning;
using OnRecord.Nlp.Lemmatization;

namespace OnRecord.Nlp.Training;

/// <summary>
/// Learns the <see cref="Lemmatizer"/>: suffix rules from word types (so that frequent words do not drown
/// the patterns unseen words follow), then exceptions wherever the rules miss a word's most frequent lemma.
/// Deterministic: no randomness, ties broken by edit order of first appearance.
/// </summary>
public static class LemmatizerTrainer
{
    /// <param name="minRuleTypes">Word types a suffix rule must be learned from (1-type rules overfit).</param>
    /// <param name="fixedMinCount">
    /// Words seen this often with one lemma string (whatever their case: "i" and "I" are both "I") keep that
    /// string, which is also faster: nothing is allocated for them at run time.
    /// </param>
    /// <param name="fixedMinShare">Share of a word's occurrences its lemma string must have to be kept.</param>
    public static Lemmatizer Train(IReadOnlyList<TrainingSentence> sentences, int minRuleTypes = 2, int fixedMinCount = 3, double fixedMinShare = 0.9)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var edits = new List<LemmaEdit>();
        var editIndex = new Dictionary<LemmaEdit, int>();
        int EditOf(LemmaEdit e)
        {
            if (!editIndex.TryGetValue(e, out var i))
            {
                editIndex[e] = i = edits.Count;
                edits.Add(e);
            }
            return i;
        }

        // Tokens grouped by (lower-cased form, XPOS): edit counts and the most frequent surface form.
        var words = new Dictionary<ulong, WordStats>();
        foreach (var s in sentences)
        {
            for (var i = 0; i < s.Length; i++)
            {
                var tag = FeatureHash.Of(s.Xpos[i]);
                var key = Lemmatizer.ExceptionKey(s.Words[i].Lower, tag);
                if (!words.TryGetValue(key, out var stats))
                {
                    words[key] = stats = new WordStats(tag);
                }
                stats.Add(s.Forms[i], s.Lemmas[i], EditOf(LemmaEdit.Between(s.Forms[i], s.Lemmas[i])));
            }
        }

        // Suffix rules over types: (XPOS, suffix) → edit counts.
        var ruleCounts = new Dictionary<ulong, Dictionary<int, int>>();
        var ruleKeys = new List<(ulong Key, ulong Parent)>();
        foreach (var stats in words.Values)
        {
            var form = stats.MostFrequentForm;
            var lower = LowerSuffix(form);
            var edit = stats.MostFrequentEdit;
            var parent = 0UL;
            for (var k = 0; k <= lower.Length; k++)
            {
                var key = Lemmatizer.RuleKey(stats.XposHash, lower.AsSpan(lower.Length - k));
                if (!ruleCounts.TryGetValue(key, out var counts))
                {
                    ruleCounts[key] = counts = [];
                    ruleKeys.Add((key, parent));
                }
                counts[edit] = counts.GetValueOrDefault(edit) + 1;
                parent = key;
            }
        }
        // Keep a rule only where it changes the answer of the shorter suffix it refines. Keys were listed
        // after their parent (suffixes grow by one character), so each parent is settled first.
        var effective = new Dictionary<ulong, int>();
        var rules = new Dictionary<ulong, int>();
        foreach (var (key, parent) in ruleKeys)
        {
            var counts = ruleCounts[key];
            var best = Best(counts);
            if (parent == 0)
            {
                effective[key] = rules[key] = best;
            }
            else if (counts.Values.Sum() >= minRuleTypes && best != effective[parent])
            {
                effective[key] = rules[key] = best;
            }
            else
            {
                effective[key] = effective[parent];
            }
        }

        var withoutExceptions = new Lemmatizer([.. edits], [], rules, []);
        var exceptions = new Dictionary<ulong, int>();
        var fixedLemmas = new Dictionary<ulong, string>();
        foreach (var (key, stats) in words)
        {
            var form = stats.MostFrequentForm;
            var edit = edits[stats.MostFrequentEdit];
            var ruleLemma = withoutExceptions.Rule(form, stats.XposHash).Apply(form);
            if (ruleLemma != edit.Apply(form))
            {
                exceptions[key] = stats.MostFrequentEdit;
            }
            var (lemma, share) = stats.MostFrequentLemma;
            if (stats.Count >= fixedMinCount && share >= fixedMinShare)
            {
                fixedLemmas[key] = lemma;
            }
        }
        return new Lemmatizer([.. edits], exceptions, rules, fixedLemmas);
    }

    /// <summary>Lemma accuracy (percent) given gold XPOS.</summary>
    public static double Accuracy(Lemmatizer lemmatizer, IReadOnlyList<TrainingSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(lemmatizer);
        ArgumentNullException.ThrowIfNull(sentences);
        int correct = 0, total = 0;
        foreach (var s in sentences)
        {
            for (var i = 0; i < s.Length; i++)
            {
                correct += lemmatizer.Lemmatize(s.Forms[i], s.Xpos[i]) == s.Lemmas[i] ? 1 : 0;
                total++;
            }
        }
        return 100.0 * correct / Math.Max(1, total);
    }

    private static string LowerSuffix(string form)
    {
        var length = Math.Min(form.Length, Lemmatizer.MaxSuffix);
        return string.Create(length, form, static (span, f) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = char.ToLowerInvariant(WordFeatures.Normalize(f[f.Length - span.Length + i]));
            }
        });
    }

    private static int Best(Dictionary<int, int> counts)
    {
        int best = -1, bestCount = 0;
        foreach (var (edit, count) in counts)
        {
            if (count > bestCount || (count == bestCount && edit < best))
            {
                best = edit;
                bestCount = count;
            }
        }
        return best;
    }

    private sealed class WordStats(ulong xposHash)
    {
        private readonly Dictionary<int, int> _edits = [];
        private readonly Dictionary<string, int> _forms = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _lemmas = new(StringComparer.Ordinal);

        public ulong XposHash { get; } = xposHash;

        public int Count { get; private set; }

        public int MostFrequentEdit => Best(_edits);

        public string MostFrequentForm => _forms.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).First().Key;

        public (string Lemma, double Share) MostFrequentLemma
        {
            get
            {
                var best = _lemmas.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).First();
                return (best.Key, (double)best.Value / Count);
            }
        }

        public void Add(string form, string lemma, int edit)
        {
            _lemmas[lemma] = _lemmas.GetValueOrDefault(lemma) + 1;
            _edits[edit] = _edits.GetValueOrDefault(edit) + 1;
            _forms[form] = _forms.GetValueOrDefault(form) + 1;
            Count++;
        }
    }
}
