using System.Security.Cryptography;
using System.Text;
using OnRecord.Nlp.Embeddings;

namespace OnRecord.Nlp.Entities.Training;

/// <summary>
/// Attaches contextual vectors to training sentences, computing them once: encoding ~14k sentences takes
/// minutes, so the vectors are kept (as half floats) in a cache file named after a hash of the words.
/// </summary>
public static class VectorCache
{
    public static List<NerSentence> Attach(IReadOnlyList<NerSentence> sentences, MiniLmEncoder encoder, string cacheDirectory, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(encoder);
        var words = sentences.Select(s => s.Words).ToList();
        var total = words.Sum(w => w.Length);
        var path = Path.Combine(cacheDirectory, $"minilm-{Key(words)}.bin");
        float[] values;
        if (File.Exists(path) && new FileInfo(path).Length == (long)total * MiniLmEncoder.Dimension * 2)
        {
            log?.Invoke($"contextual vectors: reading {path}");
            var bytes = File.ReadAllBytes(path);
            var halves = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, Half>(bytes);
            values = new float[halves.Length];
            for (var i = 0; i < halves.Length; i++)
            {
                values[i] = (float)halves[i];
            }
        }
        else
        {
            log?.Invoke($"contextual vectors: encoding {sentences.Count} sentences ({total} words) with all-MiniLM-L6-v2");
            values = encoder.Encode(words).Values;
            Directory.CreateDirectory(cacheDirectory);
            var halves = new Half[values.Length];
            for (var i = 0; i < values.Length; i++)
            {
                halves[i] = (Half)values[i];
            }
            File.WriteAllBytes(path, System.Runtime.InteropServices.MemoryMarshal.AsBytes(halves.AsSpan()).ToArray());
        }
        var result = new List<NerSentence>(sentences.Count);
        var at = 0;
        foreach (var s in sentences)
        {
            var length = s.Words.Length * MiniLmEncoder.Dimension;
            result.Add(s with { Vectors = values.AsSpan(at, length).ToArray() });
            at += length;
        }
        return result;
    }

    private static string Key(List<string[]> words)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var sentence in words)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(string.Join(' ', sentence) + "\n"));
        }
        return Convert.ToHexString(hash.GetHashAndReset())[..16].ToLowerInvariant();
    }
}
