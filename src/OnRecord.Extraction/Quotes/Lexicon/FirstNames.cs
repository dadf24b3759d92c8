namespace OnRecord.Extraction.Quotes.Lexicon;

/// <summary>
/// Common first names whose bearers are usually women or men, so that "she" and "he" find the right person
/// when no title says. A guess, not a fact: a pronoun the text has already tied to a person overrides it.
/// </summary>
internal static class FirstNames
{
    private static readonly WordSet Female = WordSet.Of(
        "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley " +
        "kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca laura sharon cynthia kathleen amy " +
        "shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn " +
        "janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith " +
        "megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice madison " +
        "doris abigail julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie " +
        "hillary nancy kamala ursula angela theresa marine giorgia jacinda liz nikki elise kellyanne huma chelsea " +
        "melania ivanka sonia indira benazir golda condoleezza madeleine janet christine kristalina ngozi " +
        "oksana olena yulia svetlana irina natalia tatiana olga elena anastasia ekaterina maria valentina " +
        "ingrid astrid birgit karin lena anna marta sofia sofie annika kristina mette sanna magdalena jessika " +
        "fatima aisha amina leila yasmin zainab mariam noor priya sunita anjali aung tsai yuriko sanae " +
        "isabel carmen lucia ana rosa claudia gabriela dilma cristina michelle jill tulsi gwen elizabeth");

    private static readonly WordSet Male = WordSet.Of(
        "james robert john michael david william richard joseph thomas charles christopher daniel matthew anthony mark " +
        "donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary " +
        "nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick " +
        "raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle noah ethan jeremy walter " +
        "christian keith roger terry austin sean gerald carl harold dylan arthur lawrence jordan jesse bryan billy bruce " +
        "gabriel joe logan albert willie alan eugene russell vincent philip bobby johnny bradley barack bernie mitt " +
        "mike ted marco rand chris jeb ben newt rudy reince sean hakeem mitch chuck tim bill hunter beto " +
        "vladimir dmitry sergei sergey alexei alexey mikhail ivan nikolai yevgeny boris viktor volodymyr petro oleksandr " +
        "emmanuel francois olaf rishi keir boris justin narendra xi shinzo fumio recep benjamin ali mohammed " +
        "muhammad ahmed hassan hussein omar abdullah mahmoud bashar kim moon jair luiz andres javier pedro carlos " +
        "juan luis jorge manuel antonio francisco miguel pablo diego erik lars anders jonas magnus olof stefan hans " +
        "klaus jurgen wolfgang heinz friedrich pierre jean jacques luc marcel giuseppe giovanni matteo silvio mario");

    /// <summary>The gender a first name suggests, or <see cref="PronounKind.None"/>.</summary>
    public static PronounKind GenderOf(ReadOnlySpan<char> name)
    {
        var female = Female.Contains(name);
        var male = Male.Contains(name);
        return female == male ? PronounKind.None : female ? PronounKind.Female : PronounKind.Male;
    }
}
