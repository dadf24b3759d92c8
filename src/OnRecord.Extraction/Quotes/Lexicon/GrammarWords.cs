namespace OnRecord.Extraction.Quotes.Lexicon;

/// <summary>Closed-class words the attribution rules step over or stop at.</summary>
internal static class GrammarWords
{
    /// <summary>Words that may sit between a speaker and the cue: "has also repeatedly said".</summary>
    public static readonly WordSet CueModifiers = WordSet.Of(
        "has have had 's 've 'd is was were are be been being will would could should can may might must " +
        "also did does do not n't never ever always again once later earlier previously recently repeatedly " +
        "then still already just often frequently publicly privately openly flatly firmly reportedly " +
        "initially first last quickly immediately simply only even further further separately subsequently " +
        "angrily bluntly calmly clearly explicitly falsely correctly told wrongly long");

    /// <summary>Determiners that open a noun phrase.</summary>
    public static readonly WordSet Determiners = WordSet.Of(
        "the a an this that these those his her its their our my your some many several most all both each " +
        "every another other no any two three four five six seven eight nine ten one");

    /// <summary>Words that end a leftward walk through a noun phrase.</summary>
    public static readonly WordSet PhraseBreakers = WordSet.Of(
        "that which who whom whose when while where if because although though since and or but nor so " +
        "as than after before until unless whether to in on at for from with by about into over under " +
        "was were is are be been has have had not said says say told");

    /// <summary>Objects of "tell" and similar verbs that come between the cue and its content.</summary>
    public static readonly WordSet ObjectPronouns = WordSet.Of("me him her us them it you reporters journalists");
}
