namespace OnRecord.Extraction.Quotes.Lexicon;

/// <summary>What a pronoun can refer to.</summary>
internal enum PronounKind : byte
{
    None,
    Male,
    Female,

    /// <summary>it, its: an organisation, a document or a thing.</summary>
    Neuter,

    /// <summary>they, them, we: a group, or an organisation.</summary>
    Plural,

    /// <summary>I, me, you: the speaker of a surrounding quotation or the reader.</summary>
    Speaker,
}

/// <summary>Personal pronouns that can stand for a speaker.</summary>
internal static class Pronouns
{
    private static readonly WordSet MaleWords = WordSet.Of("he him his himself");
    private static readonly WordSet FemaleWords = WordSet.Of("she her hers herself");
    private static readonly WordSet NeuterWords = WordSet.Of("it its itself");
    private static readonly WordSet PluralWords = WordSet.Of("they them their themselves we us our");
    private static readonly WordSet SpeakerWords = WordSet.Of("i me my you");

    public static PronounKind Kind(ReadOnlySpan<char> word) =>
        MaleWords.Contains(word) ? PronounKind.Male
        : FemaleWords.Contains(word) ? PronounKind.Female
        : NeuterWords.Contains(word) ? PronounKind.Neuter
        : PluralWords.Contains(word) ? PronounKind.Plural
        : SpeakerWords.Contains(word) ? PronounKind.Speaker
        : PronounKind.None;

    public static bool IsPronoun(ReadOnlySpan<char> word) => Kind(word) != PronounKind.None;
}
