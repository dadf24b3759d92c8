namespace OnRecord.Extraction.Time.Evaluation;

/// <summary>
/// TempEval-3 time-expression scores. Extraction: strict (same span) and relaxed (overlapping span) precision,
/// recall and F1. Attributes over relaxed matches: type and value accuracy; value F1 counts a match only with the right value.
/// </summary>
public sealed class TimexScores
{
    public int Gold { get; set; }

    public int System { get; set; }

    public int StrictMatches { get; set; }

    public int RelaxedMatches { get; set; }

    public int TypeCorrect { get; set; }

    public int ValueCorrect { get; set; }

    public int Cases { get; set; }

    /// <summary>System expressions inside an already matched whole-phrase gold expression, left out of <see cref="System"/>.</summary>
    public int InsidePhrase { get; set; }

    public Dictionary<string, int> Excluded { get; } = new(StringComparer.Ordinal);

    public double StrictPrecision => Ratio(StrictMatches, System);

    public double StrictRecall => Ratio(StrictMatches, Gold);

    public double StrictF1 => F1(StrictPrecision, StrictRecall);

    public double RelaxedPrecision => Ratio(RelaxedMatches, System);

    public double RelaxedRecall => Ratio(RelaxedMatches, Gold);

    public double RelaxedF1 => F1(RelaxedPrecision, RelaxedRecall);

    public double TypeAccuracy => Ratio(TypeCorrect, RelaxedMatches);

    public double ValueAccuracy => Ratio(ValueCorrect, RelaxedMatches);

    public double ValuePrecision => Ratio(ValueCorrect, System);

    public double ValueRecall => Ratio(ValueCorrect, Gold);

    public double ValueF1 => F1(ValuePrecision, ValueRecall);

    /// <summary>Every figure as (name, value), percentages for ratios, in the order the eval command prints them.</summary>
    public IEnumerable<(string Name, double Value, bool Percent)> All()
    {
        yield return ("strict.precision", StrictPrecision, true);
        yield return ("strict.recall", StrictRecall, true);
        yield return ("strict.f1", StrictF1, true);
        yield return ("relaxed.precision", RelaxedPrecision, true);
        yield return ("relaxed.recall", RelaxedRecall, true);
        yield return ("relaxed.f1", RelaxedF1, true);
        yield return ("type.accuracy", TypeAccuracy, true);
        yield return ("value.accuracy", ValueAccuracy, true);
        yield return ("value.precision", ValuePrecision, true);
        yield return ("value.recall", ValueRecall, true);
        yield return ("value.f1", ValueF1, true);
        yield return ("cases", Cases, false);
        yield return ("gold", Gold, false);
        yield return ("system", System, false);
        yield return ("inside_phrase", InsidePhrase, false);
        var excluded = 0;
        foreach (var (_, n) in Excluded)
        {
            excluded += n;
        }
        yield return ("excluded", excluded, false);
        foreach (var key in Excluded.Keys.Order(StringComparer.Ordinal))
        {
            yield return ("excluded." + key, Excluded[key], false);
        }
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
