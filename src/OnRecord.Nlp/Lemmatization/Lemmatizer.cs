using OnRecord.Nlp.Features;
using OnRecord.Nlp.Learning;
using OnRecord.Nlp.Models;

namespace OnRecord.Nlp.Lemmatization;

/// <summary>
/// Lemmas from an exception lexicon (lower-cased form + XPOS → edit, learned from the treebanks where the
/// suffix rules would be wrong: "was"/VBD → "be", "children"/NNS → "child") and, for other words, suffix
/// rules (XPOS + longest known suffix → most frequent edit: "-ies"/NNS → "-y"). Edits rather than lemma
/// strings keep the rules general and the casing of proper nouns. Immutable and thread-safe.
/// </summary>
public sealed class Lemmatizer
{
    public const string Kind = "lemmatizer";
    public const int FormatVersion = 1;
    public const string FileName = "lemmatizer.bin";

    /// <summary>Longest suffix a rule looks at.</summary>
    public const int MaxSuffix = 6;

    private static readonly Lazy<Lemmatizer> ShippedModel = new(() => Load(ModelDirectory.File(FileName)));

    private readonly LemmaEdit[] _edits;
    private readonly Dictionary<ulong, int> _exceptions;
    private readonly Dictionary<ulong, int> _rules;

    /// <summary>Lemma strings of frequent words that have one lemma whatever their case ("i" and "I" → "I"); they also allocate nothing.</summary>
    private readonly Dictionary<ulong, string> _fixedLemmas;

    public Lemmatizer(LemmaEdit[] edits, Dictionary<ulong, int> exceptions, Dictionary<ulong, int> rules, Dictionary<ulong, string> fixedLemmas)
    {
        _edits = edits ?? throw new ArgumentNullException(nameof(edits));
        _exceptions = exceptions ?? throw new ArgumentNullException(nameof(exceptions));
        _rules = rules ?? throw new ArgumentNullException(nameof(rules));
        _fixedLemmas = fixedLemmas ?? throw new ArgumentNullException(nameof(fixedLemmas));
    }

    public static Lemmatizer Shipped => ShippedModel.Value;

    public int ExceptionCount => _exceptions.Count;

    public int RuleCount => _rules.Count;

    public string Lemmatize(ReadOnlySpan<char> form, string xpos)
    {
        ArgumentNullException.ThrowIfNull(xpos);
        var tag = FeatureHash.Of(xpos);
        var key = ExceptionKey(WordFeatures.LowerHash(form), tag);
        if (_fixedLemmas.TryGetValue(key, out var lemma))
        {
            return lemma;
        }
        if (_exceptions.TryGetValue(key, out var edit) && _edits[edit].AppliesTo(form.Length))
        {
            return _edits[edit].Apply(form);
        }
        return Rule(form, tag).Apply(form);
    }

    /// <summary>The suffix-rule edit alone (no lexicon), as used for words the lexicon does not know.</summary>
    public LemmaEdit Rule(ReadOnlySpan<char> form, ulong xposHash)
    {
        Span<char> lower = stackalloc char[Math.Min(form.Length, MaxSuffix)];
        var offset = form.Length - lower.Length;
        for (var i = 0; i < lower.Length; i++)
        {
            lower[i] = char.ToLowerInvariant(WordFeatures.Normalize(form[offset + i]));
        }
        for (var k = lower.Length; k >= 0; k--)
        {
            if (_rules.TryGetValue(RuleKey(xposHash, lower[(lower.Length - k)..]), out var edit) && _edits[edit].AppliesTo(form.Length))
            {
                return _edits[edit];
            }
        }
        return LemmaEdit.Identity;
    }

    public static ulong ExceptionKey(ulong lowerForm, ulong xposHash) => FeatureHash.Feature(1, lowerForm, xposHash);

    public static ulong RuleKey(ulong xposHash, ReadOnlySpan<char> lowerSuffix) => FeatureHash.Feature(2, xposHash, FeatureHash.Of(lowerSuffix));

    public void Save(Stream stream) => ModelFile.Save(stream, Kind, FormatVersion, w =>
    {
        w.Write(_edits.Length);
        foreach (var e in _edits)
        {
            w.Write(e.Lower);
            w.Write(e.Strip);
            w.Write(e.Append);
        }
        WriteMap(w, _exceptions);
        WriteMap(w, _rules);
        var fixedKeys = _fixedLemmas.Keys.Order().ToArray();
        w.Write(fixedKeys.Length);
        BinaryData.WriteArray<ulong>(w, fixedKeys);
        foreach (var k in fixedKeys)
        {
            w.Write(_fixedLemmas[k]);
        }
    });

    public void Save(string path)
    {
        using var stream = File.Create(path);
        Save(stream);
    }

    public static Lemmatizer Load(Stream stream, string location) => ModelFile.Load(stream, Kind, FormatVersion, location, r =>
    {
        var edits = new LemmaEdit[r.ReadInt32()];
        for (var i = 0; i < edits.Length; i++)
        {
            edits[i] = new LemmaEdit(r.ReadBoolean(), r.ReadInt32(), r.ReadString());
        }
        var exceptions = ReadMap(r, edits.Length);
        var rules = ReadMap(r, edits.Length);
        var fixedCount = r.ReadInt32();
        var fixedKeys = BinaryData.ReadArray<ulong>(r, fixedCount);
        var fixedLemmas = new Dictionary<ulong, string>(fixedCount);
        foreach (var k in fixedKeys)
        {
            fixedLemmas[k] = string.Intern(r.ReadString());
        }
        return new Lemmatizer(edits, exceptions, rules, fixedLemmas);
    });

    public static Lemmatizer Load(string path)
    {
        using var stream = ModelFile.OpenRead(path);
        return Load(stream, path);
    }

    private static void WriteMap(BinaryWriter w, Dictionary<ulong, int> map)
    {
        var keys = map.Keys.Order().ToArray();
        w.Write(keys.Length);
        BinaryData.WriteArray<ulong>(w, keys);
        BinaryData.WriteArray<int>(w, keys.Select(k => map[k]).ToArray());
    }

    private static Dictionary<ulong, int> ReadMap(BinaryReader r, int editCount)
    {
        var count = r.ReadInt32();
        var keys = BinaryData.ReadArray<ulong>(r, count);
        var values = BinaryData.ReadArray<int>(r, count);
        var map = new Dictionary<ulong, int>(count);
        for (var i = 0; i < count; i++)
        {
            map[keys[i]] = (uint)values[i] < (uint)editCount ? values[i] : throw new InvalidDataException("lemma edit out of range");
        }
        return map;
    }
}
