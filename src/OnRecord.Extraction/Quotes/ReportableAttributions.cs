using OnRecord.Extraction.Quotes.Lexicon;

namespace OnRecord.Extraction.Quotes;

/// <summary>
/// Attributions that are found but are no quotation for a reader of the record: a question put by someone the
/// text does not name ("Asked what the future held, …": the asker's words, not the speaker's), and a "content"
/// that is a relative clause hung on a noun ("released an assessment [that found …]": the assessment reports,
/// through its own cue, not the verb that put it out).
/// </summary>
internal static class ReportableAttributions
{
    public static bool IsReportable(QuoteContext ctx, in Attribution a)
    {
        if (!a.HasSpeaker && CueLexicon.TryGet(ctx.Word(a.Anchor), out var cue) && cue.Family == CueFamily.Question)
        {
            return false;
        }
        return !(a.ContentStart > a.Anchor && Resolution.RelativePronouns.IsRelativeSubject(ctx, a.ContentStart));
    }
}
