namespace OnRecord.Store.Entities;

/// <summary>
/// A person's name reduced to what identifies it: first name (or initial, or none) and surname. Middle
/// names and initials are dropped, so <c>Dmitry S. Peskov</c> and <c>Dmitry Sergeyevich Peskov</c> share the key <c>dmitry peskov</c>.
/// </summary>
public readonly record struct PersonName(string? FirstName, string Surname)
{
    public string Key => FirstName is null ? Surname : FirstName + " " + Surname;

    public static PersonName? Parse(string name)
    {
        var words = NameKey.Words(name);
        if (words.Count == 0)
        {
            return null;
        }
        if (words.Count == 1)
        {
            return new PersonName(null, words[0]);
        }
        return new PersonName(words[0], words[^1]);
    }

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "de", "del", "della", "der", "den", "van", "von", "bin", "bint", "ibn", "al", "el", "da", "di", "do", "dos", "das", "du", "la", "le", "ter", "ten", "y", "e",
    };

    /// <summary>
    /// Whether a string reads as a person's name: one to five words, each capitalised (name particles aside),
    /// no digits. "Kenya's electoral commission" does not, so it is never taken for a full name.
    /// </summary>
    public static bool LooksLikeName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 5)
        {
            return false;
        }
        foreach (var word in words)
        {
            if (word.Any(char.IsDigit))
            {
                return false;
            }
            var letter = word.FirstOrDefault(char.IsLetter);
            if (letter == default || (!char.IsUpper(letter) && !Particles.Contains(word)))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether a full-name key (<c>first surname</c>) can be this name: same surname, and first names agree where given.</summary>
    public bool FitsKey(string key)
    {
        var space = key.LastIndexOf(' ');
        if (space < 0 || !key.AsSpan(space + 1).SequenceEqual(Surname))
        {
            return false;
        }
        return FirstName is null || key.StartsWith(FirstName, StringComparison.Ordinal);
    }
}
