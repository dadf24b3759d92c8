using OnRecord.Readers.Sources;

namespace OnRecord.Cli.Commands;

/// <summary>
/// Counts the documents an ingest will read, for the progress bar's ETA: one per file, one per line of a
/// JSON-lines file (a fast byte scan). Standard input and URLs cannot be counted ahead: null.
/// </summary>
internal static class InputCounter
{
    public static long? Count(IEnumerable<string> paths)
    {
        long total = 0;
        foreach (var path in paths)
        {
            if (path == "-" || UrlFetcher.IsUrl(path))
            {
                return null;
            }
            if (File.Exists(path))
            {
                total += CountFile(path);
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }))
                {
                    if (DocumentReader.KnownExtensions.Contains(Path.GetExtension(file)) && !Path.GetFileName(file).StartsWith('.'))
                    {
                        total += CountFile(file);
                    }
                }
            }
            else
            {
                total += Glob.Expand(path).Sum(CountFile);
            }
        }
        return total;
    }

    private static long CountFile(string path)
    {
        if (!path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) && !path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }
        try
        {
            using var stream = File.OpenRead(path);
            var buffer = new byte[1 << 16];
            long lines = 0;
            int read;
            var last = (byte)'\n';
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                lines += buffer.AsSpan(0, read).Count((byte)'\n');
                last = buffer[read - 1];
            }
            return last == '\n' ? lines : lines + 1;
        }
        catch (IOException)
        {
            return 1;
        }
    }
}
