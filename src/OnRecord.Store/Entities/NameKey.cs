using System.Text;
using Lucene.Net.Analysis.Miscellaneous;

namespace OnRecord.Store.Entities;

/// <summary>
/// The normalised form under which names are compared: ASCII-folded, lower case, without periods
/// (<c>U.S.</c> = <c>US</c>), possessives, a leading "the", honorifics (<c>Mr</c>, <c>Dr</c>) or suffixes (<c>Jr</c>).
/// </summary>
public static class NameKey
{
    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "prof", "professor", "rev", "lord", "lady", "mme", "mlle", "herr", "frau",
    };

    private static readonly HashSet<string> Suffixes = new(StringComparer.Ordinal) { "jr", "sr", "ii", "iii", "iv" };

    /// <summary>The words of a name's key.</summary>
    public static List<string> Words(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folded = Fold(name);
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            if (c == '\'' && i + 1 < folded.Length && (folded[i + 1] == 's' || folded[i + 1] == 'S')
                && (i + 2 == folded.Length || !char.IsLetterOrDigit(folded[i + 2])))
            {
                i++; // possessive 's
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (c is '.' or '\'')
            {
                // U.S. → us, O'Brien → obrien
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }
        if (words.Count > 1 && words[0] == "the")
        {
            words.RemoveAt(0);
        }
        while (words.Count > 1 && Honorifics.Contains(words[0]))
        {
            words.RemoveAt(0);
        }
        while (words.Count > 1 && Suffixes.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }
        return words;
    }

    public static string Of(string name) => string.Join(' ', Words(name));

    private static string Fold(string text)
    {
        var input = text.Replace('’', '\'').Replace('‘', '\'').ToCharArray();
        var output = new char[input.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, input.Length);
        return new string(output, 0, length);
    }
}
