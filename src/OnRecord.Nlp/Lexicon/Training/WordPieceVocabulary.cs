namespace OnRecord.Nlp.Lexicon.Training;

/// <summary>
/// A BERT word-piece vocabulary and its greedy longest-match-first split ("zindlies" → "z", "##ind",
/// "##lies"), as BERT's own tokenizer does for one lower-cased word.
/// </summary>
public sealed class WordPieceVocabulary
{
    private const int MaxWordLength = 100;
    private readonly Dictionary<string, int> _ids;

    public WordPieceVocabulary(IReadOnlyList<string> pieces)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        Pieces = pieces;
        _ids = new Dictionary<string, int>(pieces.Count, StringComparer.Ordinal);
        for (var i = 0; i < pieces.Count; i++)
        {
            _ids.TryAdd(pieces[i], i);
        }
    }

    public IReadOnlyList<string> Pieces { get; }

    public bool TryGetId(string piece, out int id) => _ids.TryGetValue(piece, out id);

    /// <summary>The piece ids of a lower-cased word; false when some part has no piece (BERT's [UNK]).</summary>
    public bool TrySplit(string word, List<int> ids)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(ids);
        ids.Clear();
        if (word.Length is 0 or > MaxWordLength)
        {
            return false;
        }
        var start = 0;
        while (start < word.Length)
        {
            var found = -1;
            for (var end = word.Length; end > start; end--)
            {
                var piece = start == 0 ? word[..end] : "##" + word[start..end];
                if (_ids.TryGetValue(piece, out var id))
                {
                    found = id;
                    start = end;
                    break;
                }
            }
            if (found < 0)
            {
                return false;
            }
            ids.Add(found);
        }
        return true;
    }
}
