namespace OnRecord.Extraction.Quotes.Learning;

/// <summary>
/// Turns <see cref="ConfidenceEvidence"/> into the probability that an attribution is real — that its content
/// overlaps an annotated one by at least half — with a logistic regression fitted on development data
/// (<see cref="Fit"/>), so that users can filter quotations by confidence.
/// </summary>
internal sealed class ConfidenceCalibration
{
    public const int Size = 9;

    public ConfidenceCalibration(float[] weights)
    {
        if (weights.Length != Size)
        {
            throw new InvalidDataException($"calibration of {weights.Length} weights, expected {Size}");
        }
        Weights = weights;
    }

    /// <summary>Before fitting: the cue margin alone through a logistic, as an uncalibrated guess.</summary>
    public static ConfidenceCalibration Uncalibrated => new([0f, 10f, 0f, 0f, 0f, 0f, 0f, 0f, 0f]);

    public float[] Weights { get; }

    public float Probability(in ConfidenceEvidence e)
    {
        Span<float> x = stackalloc float[Size];
        Features(e, x);
        var z = 0.0;
        for (var k = 0; k < Size; k++)
        {
            z += Weights[k] * x[k];
        }
        return (float)(1.0 / (1.0 + Math.Exp(-z)));
    }

    public static void Features(in ConfidenceEvidence e, Span<float> x)
    {
        x[0] = 1f;
        x[1] = Math.Clamp(e.CueMargin, -5f, 30f) / 10f;
        x[2] = Math.Clamp(e.SpanMargin, 0f, SpanDecoder.MaxMargin) / 10f;
        x[3] = e.Origin == AttributionOrigin.RuleQuotation ? 1f : 0f;
        x[4] = e.Origin == AttributionOrigin.RuleFill ? 1f : 0f;
        x[5] = e.SpeechCue ? 1f : 0f;
        x[6] = e.Nested ? 1f : 0f;
        x[7] = e.HasSpeaker ? 1f : 0f;
        x[8] = e.RuleConfidence;
    }

    /// <summary>L2-regularised logistic regression by Newton's method (the problem is tiny: nine weights).</summary>
    public static ConfidenceCalibration Fit(IReadOnlyList<(ConfidenceEvidence Evidence, bool Correct)> samples, double l2 = 1.0)
    {
        var n = samples.Count;
        var x = new float[n, Size];
        Span<float> row = stackalloc float[Size];
        for (var i = 0; i < n; i++)
        {
            Features(samples[i].Evidence, row);
            for (var k = 0; k < Size; k++)
            {
                x[i, k] = row[k];
            }
        }
        var w = new double[Size];
        for (var iteration = 0; iteration < 25; iteration++)
        {
            var gradient = new double[Size];
            var hessian = new double[Size, Size];
            for (var k = 0; k < Size; k++)
            {
                gradient[k] = -l2 * w[k];
                hessian[k, k] = l2;
            }
            for (var i = 0; i < n; i++)
            {
                var z = 0.0;
                for (var k = 0; k < Size; k++)
                {
                    z += w[k] * x[i, k];
                }
                var p = 1.0 / (1.0 + Math.Exp(-z));
                var residual = (samples[i].Correct ? 1.0 : 0.0) - p;
                var curvature = Math.Max(p * (1 - p), 1e-9);
                for (var k = 0; k < Size; k++)
                {
                    gradient[k] += residual * x[i, k];
                    for (var m = 0; m < Size; m++)
                    {
                        hessian[k, m] += curvature * x[i, k] * x[i, m];
                    }
                }
            }
            var step = Solve(hessian, gradient);
            for (var k = 0; k < Size; k++)
            {
                w[k] += step[k];
            }
        }
        return new ConfidenceCalibration([.. w.Select(v => (float)v)]);
    }

    /// <summary>Solves <c>A s = b</c> for a symmetric positive definite <c>A</c> by Gaussian elimination with partial pivoting.</summary>
    private static double[] Solve(double[,] a, double[] b)
    {
        var size = b.Length;
        var m = (double[,])a.Clone();
        var v = (double[])b.Clone();
        for (var col = 0; col < size; col++)
        {
            var pivot = col;
            for (var r = col + 1; r < size; r++)
            {
                if (Math.Abs(m[r, col]) > Math.Abs(m[pivot, col]))
                {
                    pivot = r;
                }
            }
            if (pivot != col)
            {
                for (var c = 0; c < size; c++)
                {
                    (m[col, c], m[pivot, c]) = (m[pivot, c], m[col, c]);
                }
                (v[col], v[pivot]) = (v[pivot], v[col]);
            }
            for (var r = col + 1; r < size; r++)
            {
                var factor = m[r, col] / m[col, col];
                for (var c = col; c < size; c++)
                {
                    m[r, c] -= factor * m[col, c];
                }
                v[r] -= factor * v[col];
            }
        }
        var s = new double[size];
        for (var r = size - 1; r >= 0; r--)
        {
            var sum = v[r];
            for (var c = r + 1; c < size; c++)
            {
                sum -= m[r, c] * s[c];
            }
            s[r] = sum / m[r, r];
        }
        return s;
    }
}
