using System.Collections.Frozen;

namespace OnRecord.Extraction.Quotes.Lexicon;

/// <summary>A case-insensitive set of words, looked up by span without allocating.</summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string> _words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(IEnumerable<string> words)
    {
        _words = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static WordSet Of(string spaceSeparated) =>
        new(spaceSeparated.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    public int Count => _words.Count;
}
