namespace OnRecord.Readers.Sources;

/// <summary>Expands <c>dir/*.txt</c> and <c>dir/**/*.jsonl</c> patterns (wildcards in the last segment, <c>**</c> for any depth).</summary>
public static class Glob
{
    public static IReadOnlyList<string> Expand(string pattern)
    {
        var normalized = pattern.Replace('\\', '/');
        var slash = normalized.LastIndexOf('/');
        var directory = slash >= 0 ? normalized[..slash] : ".";
        var filePattern = slash >= 0 ? normalized[(slash + 1)..] : normalized;
        var recursive = false;
        if (directory.EndsWith("/**", StringComparison.Ordinal) || directory == "**")
        {
            recursive = true;
            directory = directory.Length > 2 ? directory[..^3] : ".";
        }
        if (directory.Length == 0)
        {
            directory = "/";
        }
        if (!Directory.Exists(directory) || directory.AsSpan().IndexOfAny('*', '?') >= 0)
        {
            return [];
        }
        var options = new EnumerationOptions { RecurseSubdirectories = recursive, IgnoreInaccessible = true, MatchCasing = MatchCasing.PlatformDefault };
        var files = Directory.EnumerateFiles(directory, filePattern, options)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .ToList();
        files.Sort(StringComparer.Ordinal);
        return files;
    }
}
