using OnRecord.Nlp.Models;

namespace OnRecord.Nlp.Lexicon;

/// <summary>
/// The shipped word lexicon (<c>models/clusters.bin</c>): distributional classes of about a hundred thousand
/// English words, for the tagger's and parser's features. The treebanks teach those models 25k words; the
/// clusters let them treat an unseen surname like the surnames they saw, and the dictionary spelling tells
/// a name ("Belgrade") from a common word. Looked up by the <see cref="Features.WordFeatures.Lower"/> hash.
/// Immutable and thread-safe.
/// </summary>
public sealed class WordClusters
{
    public const string Kind = "clusters";
    public const int FormatVersion = 1;
    public const string FileName = "clusters.bin";

    private static readonly Lazy<WordClusters> ShippedLexicon = new(() => Load(ModelDirectory.File(FileName)));

    // Open addressing over (hash, class) pairs, one cache line per probe: the splitter, the tagger and the
    // parser look up every token of every document.
    private readonly Slot[] _slots;
    private readonly int _mask;
    private readonly ulong[] _sortedKeys;

    public WordClusters(IReadOnlyDictionary<ulong, WordClass> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        // 0 marks an empty slot: a word whose hash is 0 (one in 2^64) is left out.
        _sortedKeys = words.Keys.Where(k => k != 0).ToArray();
        Array.Sort(_sortedKeys);
        var capacity = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, _sortedKeys.Length * 2));
        _slots = new Slot[capacity];
        _mask = capacity - 1;
        foreach (var key in _sortedKeys)
        {
            var slot = (int)(key & (ulong)_mask);
            while (_slots[slot].Key != 0)
            {
                slot = (slot + 1) & _mask;
            }
            _slots[slot] = new Slot(key, words[key]);
        }
        Identity = ComputeIdentity();
    }

    /// <summary>The lexicon in <c>models/</c>, loaded once per process.</summary>
    public static WordClusters Shipped => ShippedLexicon.Value;

    /// <summary>No words: every lookup is <see cref="WordClass.Unknown"/>.</summary>
    public static WordClusters Empty { get; } = new(new Dictionary<ulong, WordClass>());

    public int Count => _sortedKeys.Length;

    /// <summary>
    /// A 64-bit digest of the contents. Models trained with a lexicon record it, and refuse to run with
    /// another one: their cluster features would silently mean something else.
    /// </summary>
    public ulong Identity { get; }

    public WordClass Of(ulong lowerHash)
    {
        var slot = (int)(lowerHash & (ulong)_mask);
        while (true)
        {
            ref readonly var s = ref _slots[slot];
            var key = s.Key;
            if (key == lowerHash && key != 0)
            {
                return s.Class;
            }
            if (key == 0)
            {
                return default;
            }
            slot = (slot + 1) & _mask;
        }
    }

    public void Save(Stream stream) => ModelFile.Save(stream, Kind, FormatVersion, w =>
    {
        w.Write(_sortedKeys.Length);
        BinaryData.WriteArray<ulong>(w, _sortedKeys);
        foreach (var key in _sortedKeys)
        {
            var c = Of(key);
            w.Write(c.Fine);
            w.Write(c.Medium);
            w.Write(c.Coarse);
            w.Write(c.Top);
            w.Write((byte)c.Case);
        }
    });

    public void Save(string path)
    {
        using var stream = File.Create(path);
        Save(stream);
    }

    public static WordClusters Load(Stream stream, string location) => ModelFile.Load(stream, Kind, FormatVersion, location, r =>
    {
        var count = r.ReadInt32();
        if (count < 0)
        {
            throw new InvalidDataException("negative word count");
        }
        var keys = BinaryData.ReadArray<ulong>(r, count);
        var words = new Dictionary<ulong, WordClass>(count);
        foreach (var key in keys)
        {
            var c = new WordClass(r.ReadUInt16(), r.ReadByte(), r.ReadByte(), r.ReadByte(), (DictionaryCase)r.ReadByte());
            if (c.Fine > WordClass.FineCount || c.Coarse > WordClass.CoarseCount
                || c.Top > WordClass.TopCount || c.Case > DictionaryCase.Both)
            {
                throw new InvalidDataException("word class out of range");
            }
            words[key] = c;
        }
        return new WordClusters(words);
    });

    public static WordClusters Load(string path)
    {
        using var stream = ModelFile.OpenRead(path);
        return Load(stream, path);
    }

    private ulong ComputeIdentity()
    {
        var h = 0x9E3779B97F4A7C15UL;
        foreach (var key in _sortedKeys)
        {
            var c = Of(key);
            var value = (ulong)c.Fine | (ulong)c.Medium << 16 | (ulong)c.Coarse << 24 | (ulong)c.Top << 32 | (ulong)c.Case << 40;
            h = Learning.FeatureHash.Mix(h ^ key) + value * 0xC2B2AE3D27D4EB4F;
        }
        return Learning.FeatureHash.Mix(h ^ (ulong)_sortedKeys.Length);
    }

    private readonly record struct Slot(ulong Key, WordClass Class);
}
