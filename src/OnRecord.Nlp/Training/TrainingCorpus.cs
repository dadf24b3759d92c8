using OnRecord.Core.Errors;
using OnRecord.Nlp.Corpora;

namespace OnRecord.Nlp.Training;

/// <summary>Loads CoNLL-U training files and refuses what must never be trained on.</summary>
public static class TrainingCorpus
{
    /// <param name="paths">CoNLL-U files.</param>
    /// <param name="clusters">The word lexicon whose classes the words get (none: every word unknown).</param>
    public static List<TrainingSentence> Load(IEnumerable<string> paths, Lexicon.WordClusters? clusters = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var sentences = new List<TrainingSentence>();
        foreach (var path in paths)
        {
            RefuseTestSplit(path);
            foreach (var s in ConlluReader.Read(path))
            {
                if (s.Words.Count > 0)
                {
                    sentences.Add(TrainingSentence.From(s, clusters));
                }
            }
        }
        return sentences;
    }

    /// <summary>Test splits are held out for independent evaluation; training on one would make every figure a lie.</summary>
    public static void RefuseTestSplit(string path)
    {
        if (IsTestSplit(path))
        {
            throw new OnRecordException(ErrorCode.Usage, $"{path}: refusing to train on a test split");
        }
    }

    /// <summary>True for files named like a test split (<c>en_ewt-ud-test.conllu</c>, <c>test.txt</c>).</summary>
    public static bool IsTestSplit(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path);
        return name.Contains("-test", StringComparison.OrdinalIgnoreCase) || name.Contains("_test", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("test", StringComparison.OrdinalIgnoreCase);
    }
}
