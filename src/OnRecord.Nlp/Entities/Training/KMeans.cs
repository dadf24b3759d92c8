using System.Numerics;

namespace OnRecord.Nlp.Entities.Training;

/// <summary>
/// Spherical k-means (vectors normalised, assignment by largest dot product) with a seeded random start, so the
/// same embeddings and seed always give the same clusters.
/// </summary>
public static class KMeans
{
    public static int[] Cluster(float[][] vectors, int k, int iterations, int seed)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        var dim = vectors[0].Length;
        foreach (var v in vectors)
        {
            Normalise(v);
        }
        var random = new Random(seed);
        var centroids = new float[k][];
        var picked = PerceptronTrainer.Order(vectors.Length, random);
        for (var c = 0; c < k; c++)
        {
            centroids[c] = (float[])vectors[picked[c]].Clone();
        }
        var assignment = new int[vectors.Length];
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            var changed = 0;
            for (var i = 0; i < vectors.Length; i++)
            {
                var best = 0;
                var bestScore = float.NegativeInfinity;
                for (var c = 0; c < k; c++)
                {
                    var score = Dot(vectors[i], centroids[c]);
                    if (score > bestScore)
                    {
                        bestScore = score;
                        best = c;
                    }
                }
                if (assignment[i] != best || iteration == 0)
                {
                    changed++;
                }
                assignment[i] = best;
            }
            var sums = new float[k][];
            for (var c = 0; c < k; c++)
            {
                sums[c] = new float[dim];
            }
            for (var i = 0; i < vectors.Length; i++)
            {
                var sum = sums[assignment[i]];
                for (var d = 0; d < dim; d++)
                {
                    sum[d] += vectors[i][d];
                }
            }
            for (var c = 0; c < k; c++)
            {
                if (sums[c].Any(x => x != 0))
                {
                    Normalise(sums[c]);
                    centroids[c] = sums[c];
                }
            }
            if (changed == 0)
            {
                break;
            }
        }
        return assignment;
    }

    private static float Dot(float[] a, float[] b)
    {
        var sum = Vector<float>.Zero;
        var i = 0;
        for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
        {
            sum += new Vector<float>(a, i) * new Vector<float>(b, i);
        }
        var total = Vector.Sum(sum);
        for (; i < a.Length; i++)
        {
            total += a[i] * b[i];
        }
        return total;
    }

    private static void Normalise(float[] v)
    {
        var norm = MathF.Sqrt(Dot(v, v));
        if (norm > 0)
        {
            for (var d = 0; d < v.Length; d++)
            {
                v[d] /= norm;
            }
        }
    }
}
