using OnRecord.Core.Documents;
using OnRecord.Extraction.Quotes.Lexicon;

namespace OnRecord.Extraction.Quotes;

/// <summary>
/// Attributions that are found but are no quotation for a reader of the record: a question put by someone the
/// text does not name ("Asked what the future held, …": the asker's words, not the speaker's), and a "content"
/// that is a relative clause hung on a noun ("released an assessment [that found …]": the assessment reports,
/// through its own cue, not the verb that put it out), and only the hearer of "told" ("told [the BBC on Monday]").
/// </summary>
internal static class ReportableAttributions
{
    public static bool IsReportable(QuoteContext ctx, in Attribution a)
    {
        if (!a.HasSpeaker && CueLexicon.TryGet(ctx.Word(a.Anchor), out var cue) && cue.Family == CueFamily.Question)
        {
            return false;
        }
        if (a.ContentStart > a.Anchor && Resolution.RelativePronouns.IsRelativeSubject(ctx, a.ContentStart))
        {
            return false;
        }
        if (IsOnlyHearer(ctx, a))
        {
            return false;
        }
        return !(a.ContentStart > a.Anchor && IsNounWithReportingClause(ctx, a.Anchor, a.ContentStart, a.ContentEnd));
    }

    private static readonly WordSet TellForms = WordSet.Of("tell tells told telling");

    /// <summary>
    /// "told" followed by words with no verb is followed by whom it was said to, not what: the content, if any,
    /// is elsewhere ("The plan was dead, the mayor told [the council]"). Other hearer verbs ("warned voters",
    /// "reminded") were measured too and their verbless contents are often annotated, so only "tell" is read so.
    /// </summary>
    private static bool IsOnlyHearer(QuoteContext ctx, in Attribution a)
    {
        if (a.ContentStart != a.Anchor + 1 || !ctx.HasTags || !TellForms.Contains(ctx.Word(a.Anchor)))
        {
            return false;
        }
        for (var i = a.ContentStart; i < a.ContentEnd; i++)
        {
            if (ctx.InQuote(i) || ctx.Pos(i) is UniversalPos.VERB or UniversalPos.AUX)
            {
                return false;
            }
        }
        return true;
    }

    private static readonly WordSet Relatives = WordSet.Of("that which");

    /// <summary>
    /// The content is a noun phrase whose relative clause reports ("released [an assessment that found …]"): the
    /// thing put out, not what was said; the relative clause carries its own attribution. Read from the words, not
    /// the parse, which often makes the noun the subject of the reported clause. A speech cue keeps its content
    /// ("said a report that found X was wrong" reports a clause).
    /// </summary>
    private static bool IsNounWithReportingClause(QuoteContext ctx, int cue, int start, int end)
    {
        if (CueLexicon.TryGet(ctx.Word(cue), out var entry) && entry.Family is CueFamily.Speech or CueFamily.Stance)
        {
            return false;
        }
        for (var r = start + 1; r < end - 1 && r <= start + 6; r++)
        {
            if (Relatives.Contains(ctx.Word(r)))
            {
                return CueLexicon.Contains(ctx.Word(r + 1));
            }
            if (ctx.Is(r, WordShape.Punct) || ctx.HasTags && ctx.Pos(r) is not (UniversalPos.DET or UniversalPos.ADJ or UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.NUM))
            {
                return false;
            }
        }
        return false;
    }
}
