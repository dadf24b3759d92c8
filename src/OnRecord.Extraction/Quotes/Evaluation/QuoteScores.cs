using OnRecord.Core.Annotations;
using OnRecord.Nlp.Evaluation;

namespace OnRecord.Extraction.Quotes.Evaluation;

/// <summary>Recall of one kind of gold quotation, exact and by overlap.</summary>
public readonly record struct KindRecall(QuoteKind Kind, int Gold, int Exact, int Overlap)
{
    public double ExactRecall => Gold == 0 ? 0 : (double)Exact / Gold;

    public double OverlapRecall => Gold == 0 ? 0 : (double)Overlap / Gold;
}

/// <summary>System quotations at or above a confidence level, and how many of them match a gold one exactly and by overlap.</summary>
public readonly record struct ConfidenceLevel(double Level, int Count, int Exact, int Overlap)
{
    public double ExactPrecision => Count == 0 ? 0 : (double)Exact / Count;

    public double OverlapPrecision => Count == 0 ? 0 : (double)Overlap / Count;
}

/// <summary>
/// Attribution scores. Content is matched one-to-one, exactly (identical trimmed span) or by overlap
/// (shared characters ≥ half the shorter trimmed span). Speaker accuracy counts overlap-matched pairs
/// whose gold quote names a speaker, correct when the system's speaker mention overlaps a gold speaker span.
/// </summary>
public sealed record QuoteScores(
    int Documents,
    PrfCounts Exact,
    PrfCounts Overlap,
    int SpeakerCorrect,
    int SpeakerPairs,
    int SpeakerCorrectExact,
    int SpeakerPairsExact,
    IReadOnlyList<KindRecall> Kinds,
    IReadOnlyList<ConfidenceLevel> ConfidenceLevels)
{
    public double SpeakerAccuracy => SpeakerPairs == 0 ? 0 : (double)SpeakerCorrect / SpeakerPairs;

    public double SpeakerAccuracyExact => SpeakerPairsExact == 0 ? 0 : (double)SpeakerCorrectExact / SpeakerPairsExact;

    /// <summary>Every figure as a name and a value (percentages for rates), in print order.</summary>
    public IEnumerable<(string Name, double Value)> All()
    {
        yield return ("content.exact.f1", Exact.F1 * 100);
        yield return ("content.exact.precision", Exact.Precision * 100);
        yield return ("content.exact.recall", Exact.Recall * 100);
        yield return ("content.overlap.f1", Overlap.F1 * 100);
        yield return ("content.overlap.precision", Overlap.Precision * 100);
        yield return ("content.overlap.recall", Overlap.Recall * 100);
        yield return ("speaker.accuracy", SpeakerAccuracy * 100);
        yield return ("speaker.accuracy.exact_matched", SpeakerAccuracyExact * 100);
        foreach (var k in Kinds)
        {
            var name = k.Kind.ToString().ToLowerInvariant();
            yield return ($"recall.{name}.exact", k.ExactRecall * 100);
            yield return ($"recall.{name}.overlap", k.OverlapRecall * 100);
        }
        foreach (var c in ConfidenceLevels)
        {
            var level = c.Level.ToString("0.0#", System.Globalization.CultureInfo.InvariantCulture);
            yield return ($"confidence.{level}.count", c.Count);
            yield return ($"confidence.{level}.precision.exact", c.ExactPrecision * 100);
            yield return ($"confidence.{level}.precision.overlap", c.OverlapPrecision * 100);
        }
        yield return ("count.documents", Documents);
        yield return ("count.gold", Exact.Gold);
        yield return ("count.system", Exact.System);
        yield return ("count.speaker_pairs", SpeakerPairs);
    }
}
