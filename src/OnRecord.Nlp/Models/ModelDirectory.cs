using OnRecord.Core.Errors;

namespace OnRecord.Nlp.Models;

/// <summary>
/// Finds shipped model files. Models live in the repository's <c>models/</c> folder and are copied beside
/// the program at build time; <c>ONRECORD_MODELS</c> overrides the location. Never reads <c>../shared</c>.
/// </summary>
public static class ModelDirectory
{
    public const string EnvironmentVariable = "ONRECORD_MODELS";

    private static readonly Lazy<string?> Located = new(Locate);

    /// <summary>The folder holding the models, or null when none is found.</summary>
    public static string? Path => Located.Value;

    /// <summary>Full path of a model file; throws <see cref="ErrorCode.ModelMissing"/> when it is not there.</summary>
    public static string File(string fileName)
    {
        var directory = Path ?? throw new OnRecordException(ErrorCode.ModelMissing,
            $"no models folder found beside the program (set {EnvironmentVariable} to the folder holding {fileName})");
        var path = System.IO.Path.Combine(directory, fileName);
        return System.IO.File.Exists(path)
            ? path
            : throw new OnRecordException(ErrorCode.ModelMissing, $"model file {fileName} not found in {directory}");
    }

    /// <summary>True when a model file is available.</summary>
    public static bool Exists(string fileName) => Path is { } directory && System.IO.File.Exists(System.IO.Path.Combine(directory, fileName));

    private static string? Locate()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(configured))
        {
            return Directory.Exists(configured) ? configured : null;
        }
        var beside = System.IO.Path.Combine(AppContext.BaseDirectory, "models");
        return Directory.Exists(beside) ? beside : null;
    }
}
