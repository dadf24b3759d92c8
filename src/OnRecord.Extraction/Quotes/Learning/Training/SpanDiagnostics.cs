using OnRecord.Extraction.Quotes.Evaluation;

namespace OnRecord.Extraction.Quotes.Learning.Training;

/// <summary>
/// How well each part does on its own, for the training log: cue heads found (precision/recall against the gold
/// heads), and the content span and speaker given the gold cue, by where the content lies relative to the cue.
/// Spans are compared as the evaluation compares them (quotation marks and final punctuation trimmed), which
/// separates cue-finding errors from boundary errors.
/// </summary>
internal static class SpanDiagnostics
{
    public static string Describe(QuoteModel model, IReadOnlyList<TrainingDocument> documents, TextWriter? dump = null)
    {
        string[] names = ["all", "before", "after", "around"];
        var f = new FeatureBuffer();
        int[] total = new int[4], exact = new int[4], starts = new int[4], ends = new int[4], reachable = new int[4];
        int speakerTotal = 0, speakerRight = 0, cueTrue = 0, cueSystem = 0, cueGold = 0;
        foreach (var doc in documents)
        {
            var ctx = doc.Context;
            for (var c = 0; c < ctx.Count; c++)
            {
                cueGold += doc.IsAnchor[c] ? 1 : 0;
                var candidate = model.IsCandidate(ctx, c);
                var score = float.NegativeInfinity;
                if (candidate)
                {
                    CueFeatures.Extract(ctx, doc.Hints, c, f);
                    score = model.Cue.Score(f);
                }
                var taken = score > model.Thresholds.Threshold;
                cueSystem += taken ? 1 : 0;
                cueTrue += taken && doc.IsAnchor[c] ? 1 : 0;
                if (dump is not null && taken != doc.IsAnchor[c])
                {
                    var s = ctx.Sentences[ctx.SentenceOf[c]];
                    var text = ctx.Text[ctx.Starts[s.Start]..ctx.Starts[c]] + "[[" + ctx.Word(c).ToString() + "]]" + ctx.Text[ctx.Ends[c]..ctx.Ends[s.End - 1]];
                    dump.WriteLine($"## cue-{(taken ? "spurious" : candidate ? "missed" : "unseen")} {ctx.Word(c)} {score:F1}");
                    dump.WriteLine(text.ReplaceLineEndings(" / "));
                }
            }
            foreach (var gold in doc.Gold)
            {
                var a = new AnchorInfo(ctx, doc.Hints, gold.Anchor);
                var side = gold.ContentEnd <= gold.Anchor ? 1 : gold.ContentStart > gold.Anchor ? 2 : 3;
                total[side]++;
                total[0]++;
                if (!QuoteModelTrainer.Reachable(ctx, a, gold))
                {
                    continue;
                }
                reachable[side]++;
                reachable[0]++;
                var (start, end, _, _) = SpanDecoder.Best(ctx, a, model.Span, f);
                var g = ContentTrim.Trim(ctx.Text, ctx.CharRange(gold.ContentStart, gold.ContentEnd));
                var p = start >= 0 ? ContentTrim.Trim(ctx.Text, ctx.CharRange(start, end)) : default;
                var s = start >= 0 && p.Start == g.Start ? 1 : 0;
                var e = start >= 0 && p.End == g.End ? 1 : 0;
                starts[side] += s;
                starts[0] += s;
                ends[side] += e;
                ends[0] += e;
                exact[side] += s * e;
                exact[0] += s * e;
                if (dump is not null && s * e == 0 && start >= 0)
                {
                    var lo = Math.Min(start, gold.ContentStart);
                    var hi = Math.Max(end, gold.ContentEnd);
                    var from = ctx.Starts[Math.Max(0, Math.Min(lo, gold.Anchor) - 3)];
                    var to = ctx.Ends[Math.Min(ctx.Count - 1, Math.Max(hi, gold.Anchor + 1) + 2)];
                    string Mark(int a0, int a1) => ctx.Text[from..ctx.Starts[a0]] + "[[" + ctx.Text[ctx.Starts[a0]..ctx.Ends[a1 - 1]] + "]]" + ctx.Text[ctx.Ends[a1 - 1]..to];
                    dump.WriteLine($"## {names[side]} start={(s == 1 ? "ok" : "bad")} end={(e == 1 ? "ok" : "bad")} cue={ctx.Word(gold.Anchor)}");
                    dump.WriteLine("gold: " + Mark(gold.ContentStart, gold.ContentEnd).ReplaceLineEndings(" / "));
                    dump.WriteLine("sys:  " + Mark(start, end).ReplaceLineEndings(" / "));
                }
                if (gold.SpeakerTokens.Length > 0)
                {
                    speakerTotal++;
                    var k = SpeakerDecoder.Best(ctx, a, gold.ContentStart, gold.ContentEnd, model.Speaker, f);
                    speakerRight += k >= 0 && Array.IndexOf(gold.SpeakerTokens, k) >= 0 ? 1 : 0;
                }
            }
        }
        var parts = new List<string>
        {
            $"cue P/R/F1 {Pct(cueTrue, cueSystem)}/{Pct(cueTrue, cueGold)}/{(cueSystem + cueGold == 0 ? "-" : $"{200.0 * cueTrue / (cueSystem + cueGold):F1}")}",
        };
        for (var k = 0; k < 4; k++)
        {
            parts.Add($"{names[k]} n={total[k]} reachable={Pct(reachable[k], total[k])} exact={Pct(exact[k], total[k])} start={Pct(starts[k], total[k])} end={Pct(ends[k], total[k])}");
        }
        parts.Add($"speaker(gold cue+content)={Pct(speakerRight, speakerTotal)}");
        return string.Join("; ", parts);
    }

    private static string Pct(int a, int b) => b == 0 ? "-" : $"{100.0 * a / b:F1}";
}
