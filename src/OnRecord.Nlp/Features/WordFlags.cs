namespace OnRecord.Nlp.Features;

/// <summary>Orthographic facts about a word that taggers and parsers use as features.</summary>
[Flags]
public enum WordFlags : ushort
{
    None = 0,
    Capitalized = 1 << 0,
    AllUpper = 1 << 1,
    HasUpper = 1 << 2,
    HasDigit = 1 << 3,
    AllDigits = 1 << 4,
    HasHyphen = 1 << 5,
    HasPeriod = 1 << 6,
    HasLetter = 1 << 7,
    /// <summary>No letter or digit at all: punctuation and symbols.</summary>
    NoAlphanumeric = 1 << 8,
    HasApostrophe = 1 << 9,
    /// <summary>Longer than 20 characters: URLs, e-mail addresses, run-together text.</summary>
    Long = 1 << 10,

    /// <summary>Whitespace precedes the word (set from the token's context, not its characters): tells an opening quotation mark from a closing one.</summary>
    SpaceBefore = 1 << 11,

    /// <summary>Whitespace follows the word.</summary>
    SpaceAfter = 1 << 12,
}
