using System.Globalization;
using System.Text;

namespace OnRecord.Nlp.Embeddings;

/// <summary>
/// BERT's uncased tokenizer (basic: lower case, strip accents, split off punctuation; then greedy longest-match
/// word pieces with "##" continuations), applied to one of our tokens at a time so that every piece knows the
/// token it came from. A token that yields no piece (control characters only) becomes [UNK] to keep alignment.
/// </summary>
public sealed class WordPieceTokenizer
{
    /// <summary>BERT does not split words longer than this; they become [UNK].</summary>
    private const int MaxWordLength = 100;

    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordPieceTokenizer(IReadOnlyList<string> vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var ids = new Dictionary<string, int>(vocabulary.Count, StringComparer.Ordinal);
        for (var i = 0; i < vocabulary.Count; i++)
        {
            ids.TryAdd(vocabulary[i], i);
        }
        _lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        Unknown = Id("[UNK]");
        Classifier = Id("[CLS]");
        Separator = Id("[SEP]");
        Padding = Id("[PAD]");
    }

    public int Unknown { get; }

    public int Classifier { get; }

    public int Separator { get; }

    public int Padding { get; }

    /// <summary>Appends the piece ids of one token to <paramref name="output"/>; returns how many were added (at least one).</summary>
    public int Encode(ReadOnlySpan<char> token, List<int> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var before = output.Count;
        var normal = Normalize(token);
        var start = -1;
        for (var i = 0; i <= normal.Length; i++)
        {
            var c = i < normal.Length ? normal[i] : ' ';
            var split = char.IsWhiteSpace(c) || IsPunctuation(c) || IsCjk(c);
            if (!split)
            {
                if (start < 0)
                {
                    start = i;
                }
                continue;
            }
            if (start >= 0)
            {
                Pieces(normal.AsSpan(start, i - start), output);
                start = -1;
            }
            if (i < normal.Length && !char.IsWhiteSpace(c))
            {
                Pieces(normal.AsSpan(i, 1), output);
            }
        }
        if (output.Count == before)
        {
            output.Add(Unknown);
        }
        return output.Count - before;
    }

    private void Pieces(ReadOnlySpan<char> word, List<int> output)
    {
        if (word.Length > MaxWordLength)
        {
            output.Add(Unknown);
            return;
        }
        var before = output.Count;
        Span<char> buffer = stackalloc char[MaxWordLength + 2];
        var start = 0;
        while (start < word.Length)
        {
            var found = -1;
            var end = word.Length;
            for (; end > start; end--)
            {
                scoped ReadOnlySpan<char> piece;
                if (start == 0)
                {
                    piece = word[start..end];
                }
                else
                {
                    buffer[0] = '#';
                    buffer[1] = '#';
                    word[start..end].CopyTo(buffer[2..]);
                    piece = buffer[..(end - start + 2)];
                }
                if (_lookup.TryGetValue(piece, out var id))
                {
                    found = id;
                    break;
                }
            }
            if (found < 0)
            {
                // BERT turns the whole word into [UNK] when any part of it has no piece.
                output.RemoveRange(before, output.Count - before);
                output.Add(Unknown);
                return;
            }
            output.Add(found);
            start = end;
        }
    }

    private int Id(string piece) => _lookup.TryGetValue(piece, out var id) ? id : 0;

    /// <summary>
    /// Lower case, accents removed, control characters dropped, whitespace kept. BERT strips accents by NFD
    /// decomposition; the program runs with invariant globalization (no ICU), so Latin letters U+00C0–U+024F are
    /// mapped through <see cref="Unaccented"/> (made from Unicode's NFD) and combining marks are dropped.
    /// </summary>
    private static string Normalize(ReadOnlySpan<char> token)
    {
        var ascii = true;
        foreach (var c in token)
        {
            if (c >= 0x80 || char.IsControl(c))
            {
                ascii = false;
                break;
            }
        }
        if (ascii)
        {
            return string.Create(token.Length, token.ToString(), static (span, s) => s.AsSpan().ToLowerInvariant(span));
        }
        var builder = new StringBuilder(token.Length);
        foreach (var raw in token)
        {
            var c = char.ToLowerInvariant(raw);
            if (c == 0 || c == 0xFFFD || (char.IsControl(c) && !char.IsWhiteSpace(c)) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            builder.Append(c is >= FirstAccented and < (char)(FirstAccented + 400) ? char.ToLowerInvariant(Unaccented[c - FirstAccented]) : c);
        }
        return builder.ToString();
    }

    private const char FirstAccented = '\u00C0';

    /// <summary>The base letter of each character from U+00C0 to U+024F (itself when NFD does not decompose it).</summary>
    private const string Unaccented = "AAAAAAÆCEEEEIIIIÐNOOOOO×ØUUUUYÞßaaaaaaæceeeeiiiiðnooooo÷øuuuuyþyAaAaAaCcCcCcCcDdĐđEeEeEeEeEeGgGgGgGgHhĦħIiIiIiIiIıĲĳJjKkĸLlLlLlĿŀŁłNnNnNnŉŊŋOoOoOoŒœRrRrRrSsSsSsSsTtTtŦŧUuUuUuUuUuUuWwYyYZzZzZzſƀƁƂƃƄƅƆƇƈƉƊƋƌƍƎƏƐƑƒƓƔƕƖƗƘƙƚƛƜƝƞƟOoƢƣƤƥƦƧƨƩƪƫƬƭƮUuƱƲƳƴƵƶƷƸƹƺƻƼƽƾƿǀǁǂǃǄǅǆǇǈǉǊǋǌAaIiOoUuUuUuUuUuǝAaAaÆæǤǥGgKkOoOoƷʒjǱǲǳGgǶǷNnAaÆæØøAaAaEeEeIiIiOoOoRrRrUuUuSsTtȜȝHhȠȡȢȣȤȥAaEeOoOoOoOoYyȴȵȶȷȸȹȺȻȼȽȾȿɀɁɂɃɄɅɆɇɈɉɊɋɌɍɎɏ";

    /// <summary>BERT's punctuation: every ASCII non-alphanumeric symbol, and Unicode punctuation.</summary>
    private static bool IsPunctuation(char c) =>
        (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)
        || char.IsPunctuation(c);

    private static bool IsCjk(char c) => (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF);
}
