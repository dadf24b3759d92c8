using OnRecord.Extraction.Quotes.Lexicon;

namespace OnRecord.Extraction.Quotes.Learning;

/// <summary>What span and speaker features need to know about the cue being decoded, computed once per cue.</summary>
internal sealed class AnchorInfo
{
    public AnchorInfo(QuoteContext ctx, RuleHints hints, int anchor)
    {
        Anchor = anchor;
        Word = ctx.Hashes[anchor];
        Lemma = ctx.LemmaHash(anchor);
        Family = CueLexicon.TryGet(ctx.Word(anchor), out var cue) ? (ulong)cue.Family + 1 : 0;
        Sentence = ctx.SentenceOf[anchor];
        var sentence = ctx.Sentences[Sentence];
        (CueStart, CueEnd) = CuePhrase.Expand(ctx, anchor, sentence.Start, sentence.End);
        HasRule = hints.TryGet(anchor, out Rule);
        if (HasRule)
        {
            (RuleStart, RuleEnd) = ContentEdges.Trim(ctx, Rule.ContentStart, Rule.ContentEnd);
        }
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
            foreach (var (token, _) in Dependents)
            {
                CoreEnds.Add(CoreRightEdge(ctx, token));
            }
        }
    }

    /// <summary>
    /// For each of <see cref="Dependents"/>, the last token of its subtree without trailing clauses hung on it
    /// after a comma or conjunction (adverbial clauses, conjuncts, parataxis): "[the campaign planned a protest], though …".
    /// </summary>
    public List<int> CoreEnds { get; } = [];

    private int CoreRightEdge(QuoteContext ctx, int head)
    {
        var end = head;
        for (var k = head + 1; k <= ctx.RightEdge(head) && k < WindowEnd; k++)
        {
            if (ctx.Head(k) != head)
            {
                continue;
            }
            if (ctx.Dep(k) is "advcl" or "conj" or "parataxis" or "punct" or "cc" or "discourse" or "list" && ctx.LeftEdge(k) > head
                && (ctx.Is(ctx.LeftEdge(k) - 1, WordShape.Comma) || ctx.Is(ctx.LeftEdge(k), WordShape.Comma) || ctx.Dep(k) is "conj"))
            {
                break;
            }
            end = Math.Max(end, ctx.RightEdge(k));
        }
        return end;
    }

    public int Anchor { get; }

    public ulong Word { get; }

    /// <summary>Hash of the cue's lemma ("backs", "backed" → "back"), or of its word without a lemmatizer.</summary>
    public ulong Lemma { get; }

    /// <summary>The cue family plus one, or 0 for a word outside the lexicon.</summary>
    public ulong Family { get; }

    public int Sentence { get; }

    public int CueStart { get; }

    public int CueEnd { get; }

    public bool HasRule { get; }

    public Attribution Rule;

    /// <summary>The rules' content for this cue as the model decodes contents (see <see cref="ContentEdges"/>), or -1.</summary>
    public int RuleStart { get; } = -1;

    public int RuleEnd { get; } = -1;

    /// <summary>The rules' subject head before the cue and speaker head after it, or -1.</summary>
    public int Subject { get; }

    public int After { get; }

    public int WindowStart { get; }

    public int WindowEnd { get; }

    /// <summary>Parse dependents of the cue and their relation, when a parse is present.</summary>
    public List<(int Token, ulong Dep)> Dependents { get; } = [];

    public int Head { get; } = -2;
}
