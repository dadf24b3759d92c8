namespace OnRecord.Nlp.Evaluation;

/// <summary>Counts for precision, recall and F1: matched items against system and gold totals.</summary>
public readonly record struct PrfCounts(int Correct, int System, int Gold)
{
    public double Precision => System == 0 ? 0 : (double)Correct / System;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => System + Gold == 0 ? 0 : 2.0 * Correct / (System + Gold);

    public static PrfCounts operator +(PrfCounts a, PrfCounts b) => new(a.Correct + b.Correct, a.System + b.System, a.Gold + b.Gold);
}
