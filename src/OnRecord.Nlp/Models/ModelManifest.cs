using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OnRecord.Nlp.Models;

/// <summary>A corpus a model was trained on, with its licence (and its SHA-256, to tell later whether the data changed).</summary>
public sealed record TrainingSource(string Path, string Licence)
{
    public string? Sha256 { get; init; }
}

/// <summary>
/// What a shipped model is and how it came to be: <c>models/NAME.manifest.json</c> beside <c>models/NAME.bin</c>.
/// </summary>
public sealed record ModelManifest
{
    public required string Name { get; init; }

    public required string File { get; init; }

    public required string Description { get; init; }

    public required IReadOnlyList<TrainingSource> TrainingData { get; init; }

    public required string Command { get; init; }

    public string? CodeCommit { get; init; }

    public required IReadOnlyDictionary<string, double> DevScores { get; init; }

    public long SizeBytes { get; init; }

    public string? Sha256 { get; init; }

    public string? Licence { get; init; }

    /// <summary>The model file's kind and format version (the <see cref="ModelFile"/> envelope), when the trainer records them.</summary>
    public string? Kind { get; init; }

    public int? FormatVersion { get; init; }

    /// <summary>Training settings (epochs, seed, pruning…), when the trainer records them.</summary>
    public IReadOnlyDictionary<string, object>? Settings { get; init; }

    public double? TrainingSeconds { get; init; }

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Writes the manifest beside <paramref name="modelPath"/>, filling size and hash from the file.</summary>
    public void WriteBeside(string modelPath)
    {
        var info = new FileInfo(modelPath);
        var complete = this with { SizeBytes = info.Length, Sha256 = ModelFile.HashFile(modelPath) };
        var manifestPath = System.IO.Path.ChangeExtension(modelPath, ".manifest.json");
        System.IO.File.WriteAllText(manifestPath, JsonSerializer.Serialize(complete, Json) + "\n");
    }

    public static ModelManifest Read(string path) =>
        JsonSerializer.Deserialize<ModelManifest>(System.IO.File.ReadAllText(path), Json)
        ?? throw new InvalidDataException($"{path}: empty manifest");

    /// <summary>The current git commit of the repository, when available (for manifests).</summary>
    public static string? GitCommit(string repositoryPath)
    {
        try
        {
            var head = System.IO.Path.Combine(repositoryPath, ".git", "HEAD");
            if (!System.IO.File.Exists(head))
            {
                return null;
            }
            var reference = System.IO.File.ReadAllText(head).Trim();
            if (!reference.StartsWith("ref: ", StringComparison.Ordinal))
            {
                return reference;
            }
            var refPath = System.IO.Path.Combine(repositoryPath, ".git", reference[5..]);
            return System.IO.File.Exists(refPath) ? System.IO.File.ReadAllText(refPath).Trim() : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
