using OnRecord.Core.Errors;

namespace OnRecord.Nlp.Models;

/// <summary>Checks that models which read one another's output or data were trained together.</summary>
public static class ModelCompatibility
{
    /// <summary>
    /// A model whose features read word clusters must run with the lexicon it was trained with: another
    /// lexicon's cluster ids mean other words, and the model would degrade without any error.
    /// </summary>
    public static void RequireClusters(ulong trainedWith, Lexicon.WordClusters clusters, string modelKind)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        if (trainedWith != clusters.Identity)
        {
            throw new OnRecordException(ErrorCode.ModelCorrupt,
                $"the {modelKind} model was trained with another word lexicon ({Lexicon.WordClusters.FileName}); retrain it or restore the matching {Lexicon.WordClusters.FileName}");
        }
    }
}
