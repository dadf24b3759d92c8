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

    private readonly Dictionary<ulong, WordClass> _words;

    // Run-time lookup: open addressing over (hash, class) pairs, one cache line per probe; every token of
    // every document is looked up by the splitter, the tagger and the parser.
    private readonly Slot[] _slots;
    private readonly int _mask;

    public WordClusters(IReadOnlyDictionary<ulong, WordClass> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        _words = new Dictionary<ulong, WordClass>(words);
        Identity = ComputeIdentity();
        var capacity = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, words.Count * 2));
        _slots = new Slot[capacity];
        _mask = capacity - 1;
        foreach (var key in SortedKeys())
        {
            // 0 marks an empty slot; a word whose hash is 0 is simply not found (one in 2^64).
            if (key == 0)
            {
                continue;
            }
            var slot = (int)(key & (ulong)_mask);
            while (_slots[slot].Key != 0)
            {
                slot = (slot + 1) & _mask;
            }
            _slots[slot] = new Slot(key, _words[key]);
        }
    }

    /// <summary>The lexicon in <c>models/</c>, loaded once per process.</summary>
    public static WordClusters Shipped => ShippedLexicon.Value;

    /// <summary>No words: every lookup is <see cref="WordClass.Unknown"/>.</summary>
    public static WordClusters Empty { get; } = new(new Dictionary<ulong, WordClass>());

    public int Count => _words.Count;

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
        var keys = SortedKeys();
        w.Write(keys.Length);
        BinaryData.WriteArray<ulong>(w, keys);
        foreach (var key in keys)
        {
            var c = _words[key];
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

    private ulong[] SortedKeys()
    {
        var keys = _words.Keys.ToArray();
        Array.Sort(keys);
        return keys;
    }

    private ulong ComputeIdentity()
    {
        var h = 0x9E3779B97F4A7C15UL;
        foreach (var key in SortedKeys())
        {
            var c = _words[key];
            var value = (ulong)c.Fine | (ulong)c.Medium << 16 | (ulong)c.Coarse << 24 | (ulong)c.Top << 32 | (ulong)c.Case << 40;
            h = Learning.FeatureHash.Mix(h ^ key) + value * 0xC2B2AE3D27D4EB4F;
        }
        return Learning.FeatureHash.Mix(h ^ (ulong)_words.Count);
    }

    private readonly record struct Slot(ulong Key, WordClass Class);
}
