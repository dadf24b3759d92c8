using System.Collections.Frozen;

namespace OnRecord.Nlp.Tokenization;

/// <summary>
/// Words that keep their final period. Titles never end a sentence; the others ("Inc.", "U.S.")
/// may, and the sentence splitter decides from what follows.
/// </summary>
internal static class Abbreviations
{
    /// <summary>Titles and honorifics: a following capitalised word is a name, not a new sentence.</summary>
    private static readonly FrozenSet<string> Titles = FrozenSet.ToFrozenSet(
    [
        "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Dr", "Drs", "Prof", "Sr", "Jr", "St", "Ste", "Rev", "Revd", "Hon", "Fr",
        "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Cmdr", "Cdr", "Adm", "Sgt", "Cpl", "Pvt", "Brig", "Gov", "Sen", "Rep",
        "Reps", "Sens", "Pres", "Supt", "Insp", "Det", "Amb", "Atty", "Mme", "Mlle", "Msgr", "Pte", "Gens", "Lieut", "Comdr",
        "mr", "mrs", "ms", "dr", "prof",
    ], StringComparer.Ordinal);

    /// <summary>Other abbreviations that take a period.</summary>
    private static readonly FrozenSet<string> Others = FrozenSet.ToFrozenSet(
    [
        "Inc", "Ltd", "Co", "Corp", "Bros", "Plc", "PLC", "LLC", "Assn", "Dept", "Univ", "Inst", "Est", "Mt", "Ft", "Pt", "Ave",
        "Blvd", "Rd", "Hwy", "Sq", "Ln", "Pl", "Ct", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
        "Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "vs", "v", "etc", "approx",
        "appt", "apt", "dept", "est", "fig", "figs", "no", "No", "nos", "Nos", "vol", "Vol", "vols", "pp", "p", "ed", "eds",
        "cf", "ca", "al", "Ph", "esp", "incl", "misc", "max", "min", "govt", "Govt", "tel", "Tel", "ext", "Ext", "Ariz",
        "Calif", "Colo", "Conn", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss",
        "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo", "Ala",
        "Ark", "Del", "Cal", "Op", "op", "Jos", "Chas", "Wm", "Geo", "Thos",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OtherLookup = Others.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="word"/> (without its final period) keeps the period.</summary>
    public static bool TakesPeriod(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return false;
        }
        if (word.Length == 1)
        {
            return char.IsLetter(word[0]);
        }
        if (IsDottedAcronym(word))
        {
            return true;
        }
        return TitleLookup.Contains(word) || OtherLookup.Contains(word);
    }

    /// <summary>True for a title such as "Mr" or "Gen", with or without the period.</summary>
    public static bool IsTitle(ReadOnlySpan<char> word)
    {
        if (!word.IsEmpty && word[^1] == '.')
        {
            word = word[..^1];
        }
        return TitleLookup.Contains(word);
    }

    /// <summary>"U.S", "a.m", "e.g": single letters separated by periods.</summary>
    public static bool IsDottedAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length < 3)
        {
            return false;
        }
        for (var i = 0; i < word.Length; i++)
        {
            var expectLetter = i % 2 == 0;
            if (expectLetter ? !char.IsLetter(word[i]) : word[i] != '.')
            {
                return false;
            }
        }
        return word.Length % 2 == 1;
    }
}
