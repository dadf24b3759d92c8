using OnRecord.Nlp.Entities.Training;
using OnRecord.Nlp.Features;

namespace OnRecord.Nlp.Lexicon.Training;

/// <summary>
/// Builds <see cref="WordClusters"/> from a transformer's static word-piece embeddings. A word that is one
/// piece takes that piece's vector; a longer word the mean of its pieces' vectors ("surnames" of several
/// pieces land near each other more often than near verbs). The vectors are clustered by seeded spherical
/// k-means into <see cref="WordClass.FineCount"/> classes, whose centroids are clustered again into the
/// medium classes, and so on up, so the granularities nest. Dictionary spellings come from word lists.
/// Deterministic for the same inputs and seed.
/// </summary>
public static class WordClusterBuilder
{
    public sealed record Options
    {
        public int Seed { get; init; } = 1;

        public int Iterations { get; init; } = 12;

        /// <summary>Fine clusters (at most <see cref="WordClass.FineCount"/>); the coarser levels keep their sizes, or fewer when there are fewer fine clusters.</summary>
        public int FineCount { get; init; } = WordClass.FineCount;
    }

    /// <param name="embeddings">Row-major [piece, dimension] table.</param>
    /// <param name="vocabulary">The word pieces, one per row of <paramref name="embeddings"/>.</param>
    /// <param name="dictionary">Words of an English word list, as the list spells them (case kept).</param>
    /// <param name="corpusWords">Further words to cover (the treebanks' training vocabulary), any case.</param>
    public static WordClusters Build(float[] embeddings, WordPieceVocabulary vocabulary, IEnumerable<string> dictionary,
        IEnumerable<string> corpusWords, Options options, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(embeddings);
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(dictionary);
        ArgumentNullException.ThrowIfNull(corpusWords);
        ArgumentNullException.ThrowIfNull(options);
        var width = embeddings.Length / vocabulary.Pieces.Count;

        // Words in first-seen order (pieces, then the dictionary, then the corpus) for determinism.
        var cases = new Dictionary<string, DictionaryCase>(StringComparer.Ordinal);
        var words = new List<string>();
        void AddWord(string lower)
        {
            if (!cases.ContainsKey(lower))
            {
                cases[lower] = DictionaryCase.Absent;
                words.Add(lower);
            }
        }
        foreach (var piece in vocabulary.Pieces)
        {
            if (IsWord(piece))
            {
                AddWord(piece);
            }
        }
        foreach (var entry in dictionary)
        {
            if (!IsWord(entry))
            {
                continue;
            }
            var lower = entry.ToLowerInvariant();
            AddWord(lower);
            var spelling = char.IsUpper(entry[0]) ? DictionaryCase.Capitalized : DictionaryCase.Lower;
            cases[lower] = cases[lower] == DictionaryCase.Absent || cases[lower] == spelling ? spelling : DictionaryCase.Both;
        }
        foreach (var word in corpusWords)
        {
            if (IsWord(word))
            {
                AddWord(word.ToLowerInvariant());
            }
        }

        var kept = new List<string>(words.Count);
        var vectors = new List<float[]>(words.Count);
        var pieces = new List<int>();
        foreach (var word in words)
        {
            if (vocabulary.TrySplit(word, pieces))
            {
                var v = new float[width];
                foreach (var id in pieces)
                {
                    for (var d = 0; d < width; d++)
                    {
                        v[d] += embeddings[id * width + d];
                    }
                }
                kept.Add(word);
                vectors.Add(v);
            }
        }
        log?.Invoke($"{kept.Count} words with vectors ({words.Count - kept.Count} without a word-piece split)");

        var fineCount = Math.Min(Math.Min(options.FineCount, WordClass.FineCount), vectors.Count);
        var fine = KMeans.Cluster([.. vectors], fineCount, options.Iterations, options.Seed);
        var fineCentroids = Centroids(vectors, fine, fineCount, width);
        var mediumOfFine = ClusterCentroids(fineCentroids, WordClass.MediumCount, options.Seed + 1);
        var mediumCentroids = Centroids(fineCentroids, mediumOfFine, WordClass.MediumCount, width);
        var coarseOfMedium = ClusterCentroids(mediumCentroids, WordClass.CoarseCount, options.Seed + 2);
        var coarseCentroids = Centroids(mediumCentroids, coarseOfMedium, WordClass.CoarseCount, width);
        var topOfCoarse = ClusterCentroids(coarseCentroids, WordClass.TopCount, options.Seed + 3);
        log?.Invoke("clustered into " + string.Join('/', WordClass.TopCount, WordClass.CoarseCount, WordClass.MediumCount, WordClass.FineCount));

        var map = new Dictionary<ulong, WordClass>(kept.Count);
        for (var i = 0; i < kept.Count; i++)
        {
            var f = fine[i];
            var m = mediumOfFine[f];
            var c = coarseOfMedium[m];
            var t = topOfCoarse[c];
            map[WordFeatures.LowerHash(kept[i])] = new WordClass((ushort)(f + 1), (byte)(m + 1), (byte)(c + 1), (byte)(t + 1), cases[kept[i]]);
        }
        return new WordClusters(map);
    }

    /// <summary>Letters, with inner hyphens or apostrophes allowed ("well-known", "o'brien"); at most 30 characters.</summary>
    public static bool IsWord(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length is 0 or > 30 || !char.IsLetter(text[0]) || !char.IsLetter(text[^1]))
        {
            return false;
        }
        foreach (var c in text)
        {
            if (!char.IsLetter(c) && c is not '-' and not '\'')
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Unit-length mean of each cluster's members (a zero vector for an empty cluster).</summary>
    private static float[][] Centroids(IReadOnlyList<float[]> vectors, int[] assignment, int k, int width)
    {
        var sums = new float[k][];
        for (var c = 0; c < k; c++)
        {
            sums[c] = new float[width];
        }
        for (var i = 0; i < vectors.Count; i++)
        {
            var sum = sums[assignment[i]];
            var v = vectors[i];
            for (var d = 0; d < width; d++)
            {
                sum[d] += v[d];
            }
        }
        foreach (var sum in sums)
        {
            var norm = MathF.Sqrt(sum.Sum(x => x * x));
            if (norm > 0)
            {
                for (var d = 0; d < width; d++)
                {
                    sum[d] /= norm;
                }
            }
        }
        return sums;
    }

    /// <summary>Groups cluster centroids into <paramref name="k"/> coarser clusters; empty clusters join group 0.</summary>
    private static int[] ClusterCentroids(float[][] centroids, int k, int seed)
    {
        var nonEmpty = new List<int>();
        for (var c = 0; c < centroids.Length; c++)
        {
            if (centroids[c].Any(x => x != 0))
            {
                nonEmpty.Add(c);
            }
        }
        var groups = KMeans.Cluster([.. nonEmpty.Select(c => (float[])centroids[c].Clone())], Math.Min(k, nonEmpty.Count), 30, seed);
        var result = new int[centroids.Length];
        for (var i = 0; i < nonEmpty.Count; i++)
        {
            result[nonEmpty[i]] = groups[i];
        }
        return result;
    }
}
