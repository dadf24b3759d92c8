using System.Collections.Concurrent;
using OnRecord.Core.Documents;
using OnRecord.Core.Pipeline;
using OnRecord.Extraction.Quotes.Evaluation;

namespace OnRecord.Extraction.Quotes.Learning.Training;

/// <summary>The outcome of training: the model with its tuned threshold and its scores on the development documents.</summary>
public sealed record QuoteTrainingResult(QuoteModel Model, QuoteScores DevScores, int TrainDocuments, int TrainAttributions);

/// <summary>
/// Trains a quotation model from gold attribution files: documents are analysed by the standard pipeline up
/// to the quotation stage (so tags, parse and entities are used when those stages exist), aligned, and fed
/// to <see cref="QuoteModelTrainer"/>; the cue threshold is then tuned for exact content F1 on the development file.
/// </summary>
public static class QuoteTraining
{
    /// <summary>The seed of the order training documents are visited in, unless another is given.</summary>
    public const int DefaultSeed = 20240306;

    /// <param name="spanErrors">When given, the development attributions whose span the model gets wrong even from the gold cue are written here.</param>
    public static QuoteTrainingResult Train(string trainPath, string devPath, int epochs, int threads, Action<string> log, TextWriter? spanErrors = null, int seed = DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(log);
        var pipeline = OnRecordPipeline.CreateBuilder().UpToQuotes().Build();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) };

        var trainGold = GoldQuoteReader.Read(trainPath).ToList();
        var train = new TrainingDocument[trainGold.Count];
        Parallel.For(0, trainGold.Count, options, i =>
        {
            var g = trainGold[i];
            var d = new Document(g.Id, g.Text) { Date = g.Date };
            pipeline.Process(d);
            train[i] = new TrainingDocument(d, g);
        });
        var attributions = train.Sum(t => t.Gold.Count);
        log($"train: {train.Length} documents, {attributions} aligned attributions of {trainGold.Sum(g => g.Quotes.Count)}");

        var devGold = GoldQuoteReader.Read(devPath).ToList();
        var dev = new Document[devGold.Count];
        Parallel.For(0, devGold.Count, options, i =>
        {
            var g = devGold[i];
            dev[i] = new Document(g.Id, g.Text) { Date = g.Date };
            pipeline.Process(dev[i]);
        });

        var layers = pipeline.Assigns & (Layers.Tags | Layers.Parse | Layers.Entities);
        var devAligned = new TrainingDocument[dev.Length];
        Parallel.For(0, dev.Length, options, i => devAligned[i] = new TrainingDocument(dev[i], devGold[i]));
        var trainer = new QuoteModelTrainer(epochs, seed, log);
        var model = trainer.Train(train, layers, (m, _) =>
        {
            log("  dev given gold cues: " + SpanDiagnostics.Describe(m, devAligned));
            return Evaluate(m, dev, devGold, options).Exact.F1;
        });

        model.Thresholds = TuneThresholds(model, t => Evaluate(model, dev, devGold, options).Exact.F1, log);
        model.Calibration = CalibrationFitter.Fit(model, devAligned, devGold, log);
        log("calibration weights: " + string.Join(" ", model.Calibration.Weights.Select(w => w.ToString("F3", System.Globalization.CultureInfo.InvariantCulture))));
        if (spanErrors is not null)
        {
            SpanDiagnostics.Describe(model, devAligned, spanErrors);
        }
        return new QuoteTrainingResult(model, Evaluate(model, dev, devGold, options), train.Length, attributions);
    }

    /// <summary>
    /// Tunes the cue threshold and margins for exact content F1 on the development documents, one at a time
    /// (threshold, weak-cue margin, nested-cue margin, threshold again); ties keep the earlier, lower value.
    /// </summary>
    private static CueThresholds TuneThresholds(QuoteModel model, Func<CueThresholds, double> score, Action<string> log)
    {
        var best = new CueThresholds(0f, 2f, 0f);
        var bestF1 = -1.0;
        void Try(CueThresholds candidate)
        {
            model.Thresholds = candidate;
            var f1 = score(candidate);
            log($"cue threshold {candidate.Threshold:F1} weak margin {candidate.WeakMargin:F1} nested margin {candidate.NestedMargin:F1}: dev exact F1 {f1 * 100:F2}");
            if (f1 > bestF1)
            {
                (best, bestF1) = (candidate, f1);
            }
        }
        float[] thresholds = [-8f, -6f, -4f, -3f, -2f, -1f, 0f, 1f, 2f, 3f, 4f, 6f, 8f];
        float[] margins = [0f, 1f, 2f, 3f, 4f, 6f, 8f];
        foreach (var t in thresholds)
        {
            Try(best with { Threshold = t });
        }
        var start = best;
        foreach (var m in margins)
        {
            Try(start with { WeakMargin = m });
        }
        start = best;
        foreach (var m in margins)
        {
            Try(start with { NestedMargin = m });
        }
        start = best;
        foreach (var t in thresholds)
        {
            Try(start with { Threshold = t });
        }
        return best;
    }

    private static QuoteScores Evaluate(QuoteModel model, Document[] dev, List<GoldDocument> gold, ParallelOptions options)
    {
        var extractor = QuoteExtractor.FromModel(model);
        Parallel.For(0, dev.Length, options, i =>
        {
            dev[i].Quotes.Clear();
            extractor.Extract(dev[i]);
        });
        var evaluator = new QuoteEvaluator();
        for (var i = 0; i < dev.Length; i++)
        {
            evaluator.Add(gold[i].Id, gold[i].Text, gold[i].Quotes, dev[i].Quotes);
        }
        return evaluator.Scores();
    }
}
