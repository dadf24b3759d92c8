namespace OnRecord.Nlp.Entities;

/// <summary>
/// Phrase lists compiled from open facts (countries, places, demonyms, leaders, international organisations)
/// plus hand-written lists of role words and honorifics. Phrases are sequences of lower-cased tokens, looked
/// up by chained token hashes, so matching a document allocates nothing. Immutable and thread-safe.
/// </summary>
public sealed class Gazetteer
{
    /// <summary>One stored key: a whole phrase (with categories) or only the prefix of a longer one.</summary>
    public readonly record struct Entry(GazetteerCategory Categories, bool HasLonger, short Country, int Person);

    private const ulong ChainSeed = 0x5EED_6A2E_77EE_0001UL;

    /// <summary>Keys of organisation acronyms live apart from phrase chains, so a pronoun "who" never matches "WHO".</summary>
    private const ulong AcronymSeed = 0x5EED_6A2E_77EE_00ACUL;

    private readonly Dictionary<ulong, Entry> _entries;
    private readonly Dictionary<ulong, int[]> _personsBySurname;

    internal Gazetteer(Dictionary<ulong, Entry> entries, string[] persons, string[] countries)
    {
        _entries = entries;
        Persons = persons;
        Countries = countries;
        var bySurname = new Dictionary<ulong, List<int>>();
        for (var i = 0; i < persons.Length; i++)
        {
            var name = persons[i].AsSpan();
            var space = name.LastIndexOf(' ');
            var key = FeatureHash.OfLower(space < 0 ? name : name[(space + 1)..]);
            if (!bySurname.TryGetValue(key, out var list))
            {
                bySurname[key] = list = [];
            }
            list.Add(i);
        }
        _personsBySurname = bySurname.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }

    /// <summary>Canonical names of the leaders a bare surname may stand for ("Vladimir Putin" for "Putin").</summary>
    public IReadOnlyList<string> Persons { get; }

    /// <summary>Canonical country names, indexed by <see cref="Entry.Country"/>.</summary>
    public IReadOnlyList<string> Countries { get; }

    public int PhraseCount => _entries.Count;

    public static ulong Start => ChainSeed;

    public static ulong Extend(ulong chain, ulong lowerTokenHash) => FeatureHash.Combine(chain, lowerTokenHash);

    public bool TryGet(ulong chain, out Entry entry) => _entries.TryGetValue(chain, out entry);

    /// <summary>Categories of a one-token phrase given the token's lower-case hash.</summary>
    public GazetteerCategory CategoriesOf(ulong lowerTokenHash) =>
        _entries.TryGetValue(Extend(ChainSeed, lowerTokenHash), out var e) ? e.Categories : GazetteerCategory.None;

    public GazetteerCategory CategoriesOf(ReadOnlySpan<char> token) => CategoriesOf(FeatureHash.OfLower(token));

    /// <summary>
    /// Whether an upper-case token (its lower-case hash) is the initials of a listed organisation ("WHO" for the
    /// World Health Organization); only meaningful for a token written in capitals.
    /// </summary>
    public bool IsOrganisationAcronym(ulong lowerTokenHash) => _entries.ContainsKey(AcronymKey(lowerTokenHash));

    internal static ulong AcronymKey(ulong lowerTokenHash) => FeatureHash.Combine(AcronymSeed, lowerTokenHash);

    /// <summary>
    /// Longest phrase starting at <paramref name="start"/> over the tokens' lower-case hashes; returns its
    /// length in tokens (0 when none) and the entry.
    /// </summary>
    public int LongestMatch(ReadOnlySpan<ulong> lowerHashes, int start, out Entry match)
    {
        match = default;
        var best = 0;
        var chain = ChainSeed;
        for (var j = start; j < lowerHashes.Length; j++)
        {
            chain = Extend(chain, lowerHashes[j]);
            if (!_entries.TryGetValue(chain, out var e))
            {
                break;
            }
            if (e.Categories != GazetteerCategory.None)
            {
                best = j - start + 1;
                match = e;
            }
            if (!e.HasLonger)
            {
                break;
            }
        }
        return best;
    }

    /// <summary>The listed people whose surname is this token (lower-case hash).</summary>
    public ReadOnlySpan<int> PersonsWithSurname(ulong lowerSurnameHash) =>
        _personsBySurname.TryGetValue(lowerSurnameHash, out var ids) ? ids : [];

    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(_entries.Count);
        foreach (var (key, e) in _entries.OrderBy(p => p.Key))
        {
            writer.Write(key);
            writer.Write((ushort)e.Categories);
            writer.Write(e.HasLonger);
            writer.Write(e.Country);
            writer.Write(e.Person);
        }
        writer.Write(Persons.Count);
        foreach (var p in Persons)
        {
            writer.Write(p);
        }
        writer.Write(Countries.Count);
        foreach (var c in Countries)
        {
            writer.Write(c);
        }
    }

    public static Gazetteer Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var count = reader.ReadInt32();
        var entries = new Dictionary<ulong, Entry>(count);
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadUInt64();
            entries[key] = new Entry((GazetteerCategory)reader.ReadUInt16(), reader.ReadBoolean(), reader.ReadInt16(), reader.ReadInt32());
        }
        var persons = new string[reader.ReadInt32()];
        for (var i = 0; i < persons.Length; i++)
        {
            persons[i] = reader.ReadString();
        }
        var countries = new string[reader.ReadInt32()];
        for (var i = 0; i < countries.Length; i++)
        {
            countries[i] = reader.ReadString();
        }
        return new Gazetteer(entries, persons, countries);
    }
}
