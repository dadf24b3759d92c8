using OnRecord.Core.Documents;
using OnRecord.Extraction.Quotes.Evaluation;

namespace OnRecord.Extraction.Quotes.Learning.Training;

/// <summary>
/// Fits the model's <see cref="ConfidenceCalibration"/> on development documents: every attribution the learned
/// finder returns is a sample, correct when its content overlaps an annotated content by at least half of the
/// shorter. Before the final fit on all documents, a two-fold fit (odd documents for even, and back) measures
/// how well held-out confidences rank, for the training log.
/// </summary>
internal static class CalibrationFitter
{
    private static readonly float[] Levels = [0.5f, 0.8f, 0.9f];

    public static ConfidenceCalibration Fit(QuoteModel model, IReadOnlyList<TrainingDocument> documents, IReadOnlyList<GoldDocument> gold, Action<string> log)
    {
        var samples = new List<(ConfidenceEvidence Evidence, bool Correct)>[documents.Count];
        var finder = new LearnedAttributionFinder(model);
        Parallel.For(0, documents.Count, i => samples[i] = Samples(finder, documents[i].Context, gold[i]));
        var heldOut = new List<(float Confidence, bool Correct)>();
        for (var fold = 0; fold < 2; fold++)
        {
            var calibration = ConfidenceCalibration.Fit([.. samples.Where((_, i) => i % 2 != fold).SelectMany(s => s)]);
            heldOut.AddRange(samples.Where((_, i) => i % 2 == fold).SelectMany(s => s).Select(s => (calibration.Probability(s.Evidence), s.Correct)));
        }
        log("confidence (two-fold held out): " + Describe(heldOut));
        return ConfidenceCalibration.Fit([.. samples.SelectMany(s => s)]);
    }

    /// <summary>Precision and count at each confidence level, and the mean squared error of the confidences.</summary>
    public static string Describe(IReadOnlyList<(float Confidence, bool Correct)> scored)
    {
        var parts = new List<string> { $"n={scored.Count} real={scored.Count(s => s.Correct)}" };
        foreach (var level in Levels)
        {
            var kept = scored.Where(s => s.Confidence >= level).ToList();
            parts.Add($"≥{level:0.0#}: {kept.Count} at precision {(kept.Count == 0 ? 0 : 100.0 * kept.Count(s => s.Correct) / kept.Count):F1}");
        }
        var brier = scored.Count == 0 ? 0 : scored.Average(s => Math.Pow(s.Confidence - (s.Correct ? 1 : 0), 2));
        parts.Add($"Brier {brier:F3}");
        return string.Join("; ", parts);
    }

    private static List<(ConfidenceEvidence, bool)> Samples(LearnedAttributionFinder finder, QuoteContext ctx, GoldDocument gold)
    {
        var found = new List<Attribution>();
        finder.Find(ctx, found);
        var golds = gold.Quotes.Select(q => ContentTrim.Trim(gold.Text, q.Content)).ToList();
        var samples = new List<(ConfidenceEvidence, bool)>(found.Count);
        foreach (var a in found)
        {
            var content = ContentTrim.Trim(ctx.Text, ctx.CharRange(a.ContentStart, a.ContentEnd));
            samples.Add((a.Evidence, golds.Exists(g => Overlaps(g, content))));
        }
        return samples;
    }

    private static bool Overlaps(TextRange a, TextRange b)
    {
        var shared = a.OverlapLength(b);
        return shared > 0 && shared * 2 >= Math.Min(a.Length, b.Length);
    }
}
