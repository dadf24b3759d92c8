using OnRecord.Core.Documents;
using OnRecord.Nlp.Tagging;

namespace OnRecord.Nlp.Training;

/// <summary>Predicted tags of one training sentence.</summary>
public sealed record PredictedTags(UniversalPos[] Upos, string[] Xpos);

/// <summary>
/// Tags the training data the way the parser will see new text: split into contiguous folds, each
/// tagged by a tagger trained on the other folds. A parser trained on gold tags trusts them too much
/// and loses about a point when the tagger errs.
/// </summary>
public static class Jackknife
{
    public static PredictedTags[] Tag(IReadOnlyList<TrainingSentence> sentences, Lexicon.WordClusters clusters, int folds, TaggerTrainingOptions options, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var result = new PredictedTags[sentences.Count];
        for (var fold = 0; fold < folds; fold++)
        {
            var from = sentences.Count * fold / folds;
            var to = sentences.Count * (fold + 1) / folds;
            var train = new List<TrainingSentence>(sentences.Count - (to - from));
            for (var i = 0; i < sentences.Count; i++)
            {
                if (i < from || i >= to)
                {
                    train.Add(sentences[i]);
                }
            }
            var tagger = new Tagger(TaggerTrainer.Train(train, clusters, options), clusters);
            int correct = 0, total = 0;
            for (var i = from; i < to; i++)
            {
                var s = sentences[i];
                var classes = new int[s.Length];
                tagger.Predict(s.Words, classes);
                var upos = new UniversalPos[s.Length];
                var xpos = new string[s.Length];
                for (var k = 0; k < s.Length; k++)
                {
                    upos[k] = tagger.Model.Tags.Upos(classes[k]);
                    xpos[k] = tagger.Model.Tags.Xpos(classes[k]);
                    correct += upos[k] == s.Upos[k] ? 1 : 0;
                    total++;
                }
                result[i] = new PredictedTags(upos, xpos);
            }
            log?.Invoke($"jackknife fold {fold + 1}/{folds}: UPOS {100.0 * correct / Math.Max(1, total):F2} on {to - from} sentences");
        }
        return result;
    }
}
