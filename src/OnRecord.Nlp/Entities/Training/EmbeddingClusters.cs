namespace OnRecord.Nlp.Entities.Training;

/// <summary>
/// Builds <see cref="WordClusters"/> from a transformer's word-piece embedding table: whole-word pieces of the
/// vocabulary (no "##" continuations, letters only) are clustered twice, coarse and fine, with seeded k-means.
/// </summary>
public static class EmbeddingClusters
{
    public const int Coarse = 64;
    public const int Fine = 512;

    public static WordClusters Build(byte[] onnxModel, IReadOnlyList<string> vocabulary, int seed)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var (values, dims) = OnnxInitializerReader.ReadFloatTensor(onnxModel,
            (name, d) => d.Length == 2 && d[0] == vocabulary.Count && name.Contains("word_embeddings", StringComparison.Ordinal));
        var width = (int)dims[1];
        var words = new List<string>();
        var vectors = new List<float[]>();
        for (var i = 0; i < vocabulary.Count; i++)
        {
            var w = vocabulary[i];
            if (w.Length < 2 || w.StartsWith("##", StringComparison.Ordinal) || !w.All(char.IsLetter))
            {
                continue;
            }
            words.Add(w);
            vectors.Add(values.AsSpan(i * width, width).ToArray());
        }
        var coarse = KMeans.Cluster(vectors.Select(v => (float[])v.Clone()).ToArray(), Coarse, 20, seed);
        var fine = KMeans.Cluster([.. vectors], Fine, 12, seed + 1);
        var map = new Dictionary<ulong, uint>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            map[FeatureHash.OfLower(words[i])] = WordClusters.Pack(coarse[i] + 1, fine[i] + 1);
        }
        return new WordClusters(map);
    }
}
