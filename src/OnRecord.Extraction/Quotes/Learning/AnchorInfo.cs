using OnRecord.Extraction.Quotes.Lexicon;

namespace OnRecord.Extraction.Quotes.Learning;

/// <summary>What span and speaker features need to know about the cue being decoded, computed once per cue.</summary>
internal sealed class AnchorInfo
{
    public AnchorInfo(QuoteContext ctx, RuleHints hints, int anchor)
    {
        Anchor = anchor;
        Word = ctx.Hashes[anchor];
        Family = CueLexicon.TryGet(ctx.Word(anchor), out var cue) ? (ulong)cue.Family + 1 : 0;
        Sentence = ctx.SentenceOf[anchor];
        var sentence = ctx.Sentences[Sentence];
        (CueStart, CueEnd) = CuePhrase.Expand(ctx, anchor, sentence.Start, sentence.End);
        HasRule = hints.TryGet(anchor, out Rule);
        Subject = Rules.SubjectFinder.Before(ctx, CueStart, sentence.Start);
        After = Rules.SubjectFinder.After(ctx, CueEnd, sentence.End);
        (WindowStart, WindowEnd) = SpanWindow.Content(ctx, anchor);
        if (ctx.HasParse)
        {
            for (var k = WindowStart; k < WindowEnd; k++)
            {
                if (ctx.Head(k) == anchor && ctx.Dep(k) is { } dep)
                {
                    Dependents.Add((k, WordHash.Of(dep)));
                }
            }
            Head = ctx.Head(anchor);
        }
    }

    public int Anchor { get; }

    public ulong Word { get; }

    /// <summary>The cue family plus one, or 0 for a word outside the lexicon.</summary>
    public ulong Family { get; }

    public int Sentence { get; }

    public int CueStart { get; }

    public int CueEnd { get; }

    public bool HasRule { get; }

    public Attribution Rule;

    /// <summary>The rules' subject head before the cue and speaker head after it, or -1.</summary>
    public int Subject { get; }

    public int After { get; }

    public int WindowStart { get; }

    public int WindowEnd { get; }

    /// <summary>Parse dependents of the cue and their relation, when a parse is present.</summary>
    public List<(int Token, ulong Dep)> Dependents { get; } = [];

    public int Head { get; } = -2;
}
