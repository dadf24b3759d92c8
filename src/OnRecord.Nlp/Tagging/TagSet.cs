using OnRecord.Core.Documents;
using OnRecord.Nlp.Models;

namespace OnRecord.Nlp.Tagging;

/// <summary>
/// The tagger's classes: each is one (UPOS, XPOS) pair seen in training, so both tags come from one
/// decision and never contradict each other ("IN" is ADP or SCONJ, "RB" ADV or PART).
/// </summary>
public sealed class TagSet
{
    private readonly UniversalPos[] _upos;
    private readonly string[] _xpos;
    private readonly Dictionary<(UniversalPos, string), int> _index;

    private TagSet(UniversalPos[] upos, string[] xpos)
    {
        _upos = upos;
        _xpos = xpos;
        _index = new Dictionary<(UniversalPos, string), int>(upos.Length);
        for (var c = 0; c < upos.Length; c++)
        {
            _index[(upos[c], xpos[c])] = c;
        }
    }

    public int Count => _upos.Length;

    public UniversalPos Upos(int tagClass) => _upos[tagClass];

    /// <summary>The XPOS string; the same instance every time, so tagging allocates nothing.</summary>
    public string Xpos(int tagClass) => _xpos[tagClass];

    public bool TryGetClass(UniversalPos upos, string xpos, out int tagClass) => _index.TryGetValue((upos, xpos), out tagClass);

    /// <summary>A tag set of the given pairs, in ordinal order so that it does not depend on the data's order.</summary>
    public static TagSet Create(IEnumerable<(UniversalPos Upos, string Xpos)> pairs)
    {
        var sorted = pairs.Distinct().OrderBy(p => p.Upos).ThenBy(p => p.Xpos, StringComparer.Ordinal).ToArray();
        if (sorted.Length is < 2 or > Learning.FeatureWeights.MaxClasses)
        {
            throw new ArgumentException($"a tag set needs 2 to {Learning.FeatureWeights.MaxClasses} tags, got {sorted.Length}", nameof(pairs));
        }
        return new TagSet([.. sorted.Select(p => p.Upos)], [.. sorted.Select(p => string.Intern(p.Xpos))]);
    }

    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Count);
        for (var c = 0; c < Count; c++)
        {
            writer.Write((byte)_upos[c]);
            writer.Write(_xpos[c]);
        }
    }

    public static TagSet Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var count = reader.ReadInt32();
        var pairs = new (UniversalPos, string)[count];
        for (var c = 0; c < count; c++)
        {
            var upos = (UniversalPos)reader.ReadByte();
            if (upos is UniversalPos.None or > UniversalPos.X)
            {
                throw new InvalidDataException("bad UPOS in tag set");
            }
            pairs[c] = (upos, reader.ReadString());
        }
        return Create(pairs);
    }
}
