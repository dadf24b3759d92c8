using OnRecord.Core.Documents;
using OnRecord.Nlp.Corpora;
using OnRecord.Nlp.Tokenization;

namespace OnRecord.Nlp.Segmentation;

/// <summary>
/// Trains the boundary classifier as an averaged perceptron on the raw text of treebanks: the text is
/// tokenized by OnRecord's tokenizer, and a gap is a boundary where a gold sentence ends.
/// Deterministic: documents are visited in a seeded shuffled order.
/// </summary>
public static class SentenceBoundaryTrainer
{
    public sealed record Options(int Epochs = 8, int Seed = 1, int TableBits = 18);

    private sealed record Example(Document Document, bool[] GoldBreakAfter, bool[] RuleBreakAfter);

    public static SentenceBoundaryModel Train(IEnumerable<ConlluRawText> corpora, Options options, Action<string>? log = null)
    {
        var examples = corpora.SelectMany(SplitDocuments).ToList();
        var size = 1 << options.TableBits;
        var mask = size - 1;
        var weights = new float[size];
        var totals = new double[size];
        var stamps = new long[size];
        long clock = 1;
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(options.Seed);
        Span<int> features = stackalloc int[SentenceBoundaryFeatures.MaxFeatures];
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            var errors = 0;
            var positions = 0;
            foreach (var index in order)
            {
                var (document, gold, rules) = examples[index];
                var tokens = document.TokenSpan;
                var text = document.Text.AsSpan();
                var start = 0;
                for (var i = 0; i < tokens.Length - 1; i++)
                {
                    if ((tokens[i + 1].Flags & TokenFlags.ParagraphStart) != 0)
                    {
                        start = i + 1;
                        continue;
                    }
                    var n = SentenceBoundaryFeatures.Extract(tokens, text, i, rules[i], i - start + 1, mask, features);
                    var score = 0f;
                    foreach (var f in features[..n])
                    {
                        score += weights[f];
                    }
                    var predicted = score > 0;
                    if (predicted != gold[i])
                    {
                        errors++;
                        var delta = gold[i] ? 1f : -1f;
                        foreach (var f in features[..n])
                        {
                            totals[f] += (clock - stamps[f]) * weights[f];
                            stamps[f] = clock;
                            weights[f] += delta;
                        }
                    }
                    clock++;
                    positions++;
                    if (gold[i])
                    {
                        start = i + 1;
                    }
                }
            }
            log?.Invoke($"epoch {epoch + 1}: {errors} errors in {positions} gaps");
        }
        var averaged = new float[size];
        for (var f = 0; f < size; f++)
        {
            var total = totals[f] + (clock - stamps[f]) * weights[f];
            averaged[f] = (float)(total / clock);
        }
        return new SentenceBoundaryModel(averaged);
    }

    /// <summary>One example per treebank document (paragraph breaks make documents independent anyway).</summary>
    private static IEnumerable<Example> SplitDocuments(ConlluRawText raw)
    {
        var document = new Document("train", raw.Text);
        var tokens = Tokenizer.Default.Tokenize(raw.Text, document.Body, out var count);
        document.SetTokens(tokens, count);
        var ends = new HashSet<int>(raw.Sentences.Select(s => s.End));
        var gold = new bool[count];
        for (var i = 0; i < count; i++)
        {
            gold[i] = ends.Contains(tokens[i].End);
        }
        var rules = new bool[count];
        SentenceBoundaryRules.Mark(document.TokenSpan, document.Text, rules);
        yield return new Example(document, gold, rules);
    }
}
