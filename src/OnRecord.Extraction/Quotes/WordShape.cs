namespace OnRecord.Extraction.Quotes;

/// <summary>Surface traits of a token that the attribution rules and features look at.</summary>
[Flags]
internal enum WordShape : ushort
{
    None = 0,
    Capitalized = 1 << 0,
    AllCaps = 1 << 1,
    Lower = 1 << 2,
    Digit = 1 << 3,
    Punct = 1 << 4,
    Comma = 1 << 5,
    SentenceFinal = 1 << 6,
    Colon = 1 << 7,
    Dash = 1 << 8,
    OpenMark = 1 << 9,
    CloseMark = 1 << 10,
    Bracket = 1 << 11,
    SentenceStart = 1 << 12,
    ParagraphStart = 1 << 13,
    Pronoun = 1 << 14,
    Honorific = 1 << 15,
}
