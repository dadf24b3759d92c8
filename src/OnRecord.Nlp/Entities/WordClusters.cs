namespace OnRecord.Nlp.Entities;

/// <summary>
/// Distributional word classes: each known lower-case word has a coarse and a fine cluster id (1-based; 0 means
/// unknown). Words that behave alike (surnames, cities, months, verbs of saying) share clusters, which lets the
/// recogniser generalise past the few hundred thousand words it was trained on. Looked up by the word's hash.
/// </summary>
public sealed class WordClusters
{
    private readonly Dictionary<ulong, uint> _clusters;

    public WordClusters(Dictionary<ulong, uint> clusters)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        _clusters = clusters;
    }

    public static WordClusters Empty { get; } = new([]);

    public int Count => _clusters.Count;

    public static uint Pack(int coarse, int fine) => ((uint)coarse << 16) | (uint)fine;

    /// <summary>The packed (coarse &lt;&lt; 16 | fine) clusters of a word given its lower-case hash, or 0.</summary>
    public uint Of(ulong lowerHash) => _clusters.GetValueOrDefault(lowerHash);

    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(_clusters.Count);
        foreach (var (key, value) in _clusters.OrderBy(p => p.Key))
        {
            writer.Write(key);
            writer.Write(value);
        }
    }

    public static WordClusters Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var count = reader.ReadInt32();
        var map = new Dictionary<ulong, uint>(count);
        for (var i = 0; i < count; i++)
        {
            map[reader.ReadUInt64()] = reader.ReadUInt32();
        }
        return new WordClusters(map);
    }
}
