using OnRecord.Core.Pipeline;
using OnRecord.Extraction.Quotes.Lexicon;

namespace OnRecord.Extraction.Quotes.Learning.Training;

/// <summary>
/// Trains the three parts of a <see cref="QuoteModel"/> with averaged perceptrons, one pass over the
/// training documents per epoch in a fixed shuffled order: cue heads as a binary decision per candidate
/// word; content spans as structured prediction given the gold cue (update when the decoded span is not
/// the gold one); speakers as a ranking given the gold cue and content. The shipped weights are the mean of
/// <see cref="Runs"/> such runs.
/// </summary>
internal sealed class QuoteModelTrainer(int epochs, int seed, Action<string> log)
{
    private const int CueBits = 21;
    private const int SpanBits = 22;
    private const int SpeakerBits = 20;

    /// <summary>A word must head a cue this often in training to become a cue candidate (lexicon words always are).</summary>
    private const int MinCueCount = 2;

    /// <summary>
    /// Training runs averaged into the shipped weights, each visiting the documents in its own order: a
    /// perceptron's weights depend on that order, and their mean generalises better than any one of them.
    /// </summary>
    private const int Runs = 2;

    public QuoteModel Train(IReadOnlyList<TrainingDocument> documents, Layers layers, Func<QuoteModel, int, double>? evaluate = null)
    {
        var cueWords = CueVocabulary(documents);
        var runs = new QuoteModel[Runs];
        for (var run = 0; run < Runs; run++)
        {
            runs[run] = TrainRun(documents, layers, cueWords, seed + run, evaluate);
        }
        return new QuoteModel(Mean(runs, m => m.Cue), Mean(runs, m => m.Span), Mean(runs, m => m.Speaker), cueWords, new CueThresholds(0f, 0f, 0f), layers);
    }

    private static HashedWeights Mean(QuoteModel[] runs, Func<QuoteModel, HashedWeights> part)
    {
        var first = part(runs[0]);
        var values = new float[first.Values.Length];
        foreach (var run in runs)
        {
            var v = part(run).Values;
            for (var i = 0; i < values.Length; i++)
            {
                values[i] += v[i] / runs.Length;
            }
        }
        return new HashedWeights(first.Bits, values);
    }

    private QuoteModel TrainRun(IReadOnlyList<TrainingDocument> documents, Layers layers, HashSet<ulong> cueWords, int runSeed, Func<QuoteModel, int, double>? evaluate)
    {
        var cue = new PerceptronTrainer(new HashedWeights(CueBits));
        var span = new PerceptronTrainer(new HashedWeights(SpanBits));
        var speaker = new PerceptronTrainer(new HashedWeights(SpeakerBits));
        var f = new FeatureBuffer();
        var g = new FeatureBuffer();
        var order = Enumerable.Range(0, documents.Count).ToArray();
        var random = new Random(runSeed);
        QuoteModel? model = null;
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            int cueErrors = 0, cueSeen = 0, spanErrors = 0, spanSeen = 0, speakerErrors = 0, speakerSeen = 0;
            foreach (var index in order)
            {
                var doc = documents[index];
                var ctx = doc.Context;
                for (var c = 0; c < ctx.Count; c++)
                {
                    if (!QuoteModel.IsCandidate(cueWords, ctx, c))
                    {
                        continue;
                    }
                    CueFeatures.Extract(ctx, doc.Hints, c, f);
                    var positive = doc.IsAnchor[c];
                    if (cue.Weights.Score(f) > 0 != positive)
                    {
                        cue.Update(f.Keys, positive ? 1f : -1f);
                        cueErrors++;
                    }
                    cue.Tick();
                    cueSeen++;
                }
                foreach (var gold in doc.Gold)
                {
                    var a = new AnchorInfo(ctx, doc.Hints, gold.Anchor);
                    if (Reachable(ctx, a, gold))
                    {
                        var (start, end, _, _) = SpanDecoder.Best(ctx, a, span.Weights, f);
                        if (start != gold.ContentStart || end != gold.ContentEnd)
                        {
                            UpdateSpan(span, ctx, a, gold.ContentStart, gold.ContentEnd, 1f, g);
                            if (start >= 0)
                            {
                                UpdateSpan(span, ctx, a, start, end, -1f, g);
                            }
                            spanErrors++;
                        }
                        span.Tick();
                        spanSeen++;
                    }
                    if (TrainSpeaker(speaker, ctx, a, gold, f, g) is { } wrong)
                    {
                        speakerErrors += wrong ? 1 : 0;
                        speakerSeen++;
                        speaker.Tick();
                    }
                }
            }
            model = new QuoteModel(cue.Averaged(), span.Averaged(), speaker.Averaged(), cueWords, new CueThresholds(0f, 0f, 0f), layers);
            var score = evaluate?.Invoke(model, epoch);
            log($"epoch {epoch}: cue errors {cueErrors}/{cueSeen}, span errors {spanErrors}/{spanSeen}, speaker errors {speakerErrors}/{speakerSeen}"
                + (score is { } s ? $", dev exact F1 {s * 100:F2}" : ""));
        }
        return model!;
    }

    /// <summary>Words that head gold cues at least <see cref="MinCueCount"/> times, plus every lexicon form and the colon.</summary>
    private HashSet<ulong> CueVocabulary(IReadOnlyList<TrainingDocument> documents)
    {
        var counts = new Dictionary<ulong, int>();
        var lexicon = new HashSet<ulong>();
        int anchors = 0;
        foreach (var doc in documents)
        {
            var ctx = doc.Context;
            for (var c = 0; c < ctx.Count; c++)
            {
                if (doc.IsAnchor[c])
                {
                    anchors++;
                    counts[ctx.Hashes[c]] = counts.GetValueOrDefault(ctx.Hashes[c]) + 1;
                    if (ctx.LemmaHash(c) != ctx.Hashes[c])
                    {
                        counts[ctx.LemmaHash(c)] = counts.GetValueOrDefault(ctx.LemmaHash(c)) + 1;
                    }
                }
                if (CueLexicon.Contains(ctx.Word(c)) || ctx.Is(c, WordShape.Colon))
                {
                    lexicon.Add(ctx.Hashes[c]);
                }
            }
        }
        var words = new HashSet<ulong>(lexicon);
        foreach (var (word, count) in counts)
        {
            if (count >= MinCueCount)
            {
                words.Add(word);
            }
        }
        var covered = 0;
        foreach (var doc in documents)
        {
            foreach (var gold in doc.Gold)
            {
                covered += QuoteModel.IsCandidate(words, doc.Context, gold.Anchor) ? 1 : 0;
            }
        }
        log($"cue vocabulary {words.Count} words; {covered} of {documents.Sum(d => d.Gold.Count)} gold cue heads are candidates");
        return words;
    }

    /// <summary>Whether the decoder could produce the gold span at all: inside the window, on legal edges.</summary>
    internal static bool Reachable(QuoteContext ctx, AnchorInfo a, GoldAttribution gold) =>
        gold.ContentStart >= a.WindowStart && gold.ContentEnd <= a.WindowEnd && gold.ContentStart != a.Anchor && gold.ContentEnd - 1 != a.Anchor
        && ContentEdges.CanStart(ctx, gold.ContentStart) && ContentEdges.CanEnd(ctx, gold.ContentEnd - 1);

    private static void UpdateSpan(PerceptronTrainer span, QuoteContext ctx, AnchorInfo a, int start, int end, float delta, FeatureBuffer g)
    {
        SpanFeatures.Start(ctx, a, start, g);
        span.Update(g.Keys, delta);
        SpanFeatures.End(ctx, a, end, g);
        span.Update(g.Keys, delta);
        SpanFeatures.Pair(ctx, a, start, end, g);
        span.Update(g.Keys, delta);
    }

    /// <summary>One ranking step for the speaker; null when the gold speaker is not among the candidates, else whether the prediction was wrong.</summary>
    private static bool? TrainSpeaker(PerceptronTrainer speaker, QuoteContext ctx, AnchorInfo a, GoldAttribution gold, FeatureBuffer f, FeatureBuffer g)
    {
        var (start, end) = SpanWindow.Speaker(ctx, a.Anchor);
        var hasGold = gold.SpeakerTokens.Length > 0;
        var bestCorrect = -2;
        var bestCorrectScore = float.NegativeInfinity;
        var best = -1;
        SpeakerFeatures.NoSpeaker(ctx, a, gold.ContentStart, gold.ContentEnd, f);
        var bestScore = speaker.Weights.Score(f);
        if (!hasGold)
        {
            bestCorrect = -1;
            bestCorrectScore = bestScore;
        }
        for (var k = start; k < end; k++)
        {
            if (!SpeakerDecoder.IsCandidate(ctx, a, gold.ContentStart, gold.ContentEnd, k))
            {
                continue;
            }
            SpeakerFeatures.Candidate(ctx, a, gold.ContentStart, gold.ContentEnd, k, f);
            var score = speaker.Weights.Score(f);
            if (score > bestScore)
            {
                best = k;
                bestScore = score;
            }
            if (hasGold && Array.IndexOf(gold.SpeakerTokens, k) >= 0 && score > bestCorrectScore)
            {
                bestCorrect = k;
                bestCorrectScore = score;
            }
        }
        if (bestCorrect == -2)
        {
            return null;
        }
        var correct = best == -1 ? !hasGold : hasGold && Array.IndexOf(gold.SpeakerTokens, best) >= 0;
        if (correct)
        {
            return false;
        }
        Features(ctx, a, gold, bestCorrect, g);
        speaker.Update(g.Keys, 1f);
        Features(ctx, a, gold, best, g);
        speaker.Update(g.Keys, -1f);
        return true;
    }

    private static void Features(QuoteContext ctx, AnchorInfo a, GoldAttribution gold, int k, FeatureBuffer f)
    {
        if (k < 0)
        {
            SpeakerFeatures.NoSpeaker(ctx, a, gold.ContentStart, gold.ContentEnd, f);
        }
        else
        {
            SpeakerFeatures.Candidate(ctx, a, gold.ContentStart, gold.ContentEnd, k, f);
        }
    }
}
