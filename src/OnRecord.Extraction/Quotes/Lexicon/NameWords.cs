namespace OnRecord.Extraction.Quotes.Lexicon;

/// <summary>Words that matter when reading names: honorifics, role nouns, organisation heads, and capitalised function words.</summary>
internal static class NameWords
{
    /// <summary>Titles written before a name; they are not part of the canonical name.</summary>
    public static readonly WordSet Honorifics = WordSet.Of(
        "mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady rev rev. fr fr. " +
        "sen sen. rep rep. gov gov. gen gen. lt lt. col col. sgt sgt. capt capt. cmdr adm adm. maj maj. " +
        "president vice prime minister secretary senator governor representative congressman congresswoman " +
        "mayor judge justice chancellor premier ambassador chairman chairwoman speaker " +
        "pope king queen prince princess sheikh emir ayatollah general colonel captain admiral sergeant");

    public static readonly WordSet MaleHonorifics = WordSet.Of("mr mr. sir lord king prince sheikh emir pope fr fr.");

    public static readonly WordSet FemaleHonorifics = WordSet.Of("mrs mrs. ms ms. miss dame lady queen princess");

    /// <summary>Nouns naming a position someone holds ("Kremlin spokesman", "the senator").</summary>
    public static readonly WordSet RoleNouns = WordSet.Of(
        "spokesman spokeswoman spokesperson spokespeople minister president secretary senator governor director chairman " +
        "chairwoman chair chief candidate nominee official leader ambassador counsel adviser advisor aide lawyer attorney " +
        "judge commissioner mayor analyst professor economist ceo executive head manager representative congressman " +
        "congresswoman lawmaker general commander prosecutor envoy diplomat negotiator strategist pollster researcher " +
        "expert founder partner owner chancellor premier deputy vice-president vice spokesperson correspondent " +
        "editor reporter columnist author historian scientist officer inspector investigator sheriff treasurer " +
        "press administrator coordinator campaigner activist organiser organizer manager member speaker whip " +
        "king queen prince emir pope cardinal bishop president-elect nominee hopeful challenger incumbent");

    /// <summary>Last words that make a capitalised name an organisation rather than a person.</summary>
    public static readonly WordSet OrganisationHeads = WordSet.Of(
        "party office department ministry agency commission council court house senate congress parliament " +
        "committee union bank fund association institute university college school times post news journal " +
        "network group company corp corp. inc inc. ltd ltd. llc foundation campaign administration government " +
        "kremlin pentagon police army navy force forces service services bureau board organization organisation " +
        "center centre coalition alliance federation league intelligence press reuters network tribune herald " +
        "review magazine times channel television radio cnn bbc fbi cia nsa un nato eu who imf opec " +
        "white commission state states republicans democrats");

    /// <summary>Capitalised words that start sentences or headings but are not names.</summary>
    public static readonly WordSet NotNames = WordSet.Of(
        "the a an this that these those it its he she they we i you his her their our my your " +
        "but and or so yet for nor if when while after before since because although though as at in on of by " +
        "to from with without into about over under between during until unless whether then there here " +
        "what who whom whose which where why how also still even just only now not no yes asked says said " +
        "monday tuesday wednesday thursday friday saturday sunday january february march april may june july " +
        "august september october november december according meanwhile however " +
        "some many most all both each every another other such one two three four five several few " +
        "last next first second new more less read watch follow update updated photo video advertisement");

    /// <summary>Organisation-like nouns that speak without a capital ("the ministry said").</summary>
    public static readonly WordSet CommonSpeakers = WordSet.Of(
        "report study survey poll analysis assessment statement document memo letter filing lawsuit complaint ruling " +
        "court ministry government administration campaign agency police spokesman spokeswoman official officials " +
        "sources source aides experts analysts critics supporters opponents lawmakers officials authorities " +
        "prosecutors investigators witnesses residents voters observers commission committee company");
}
