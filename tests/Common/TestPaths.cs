namespace OnRecord.Tests.Common;

/// <summary>Locates the repository, the spec files and the shared development data beside the checkout.</summary>
public static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary><c>../shared</c> beside the checkout (CI has it too).</summary>
    public static string Shared { get; } = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    public static string SharedFile(params string[] parts) => Path.Combine([Shared, .. parts]);

    public static string Spec(string name) => Path.Combine(AppContext.BaseDirectory, "Specs", name);

    public static string Samples => Path.Combine(RepoRoot, "samples");

    private static string FindRepoRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OnRecord.slnx")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("OnRecord.slnx not found above " + AppContext.BaseDirectory);
    }
}
