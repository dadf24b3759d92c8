using OnRecord.Core.Documents;
using OnRecord.Core.Errors;
using OnRecord.Readers.Formats;

namespace OnRecord.Readers.Sources;

/// <summary>
/// Reads documents from files, folders, globs and standard input in every supported format, in a
/// stable order. A file that cannot be read yields a failure result and the rest go on.
/// </summary>
public sealed class DocumentReader(ReaderOptions options)
{
    /// <summary>File extensions taken from folders and globs.</summary>
    public static readonly IReadOnlySet<string> KnownExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".text", ".jsonl", ".ndjson", ".html", ".htm", ".xhtml", ".rss", ".atom",
    };

    private UrlFetcher? _fetcher;

    public ReaderOptions Options => options;

    private int MaxBytes => options.MaxDocumentChars * 3;

    /// <summary>Reads every path in order; <c>-</c> reads <paramref name="standardInput"/>.</summary>
    public IEnumerable<ReadResult> Read(IEnumerable<string> paths, Func<Stream>? standardInput = null)
    {
        foreach (var path in paths)
        {
            if (path == "-")
            {
                if (standardInput is null)
                {
                    yield return ReadResult.Failure("-", new OnRecordException(ErrorCode.Usage, "standard input is not available"));
                    continue;
                }
                foreach (var result in ReadStream(standardInput(), "stdin"))
                {
                    yield return result;
                }
                continue;
            }
            foreach (var result in UrlFetcher.IsUrl(path) ? ReadUrl(path) : ReadPath(path))
            {
                yield return result;
            }
        }
    }

    /// <summary>Fetches a URL the user named: a feed gives its items, a page its article.</summary>
    public IEnumerable<ReadResult> ReadUrl(string url)
    {
        byte[] bytes;
        try
        {
            bytes = Fetcher.Fetch(url, url);
        }
        catch (OnRecordException e)
        {
            return [ReadResult.Failure(url, e)];
        }
        return ReadText(bytes, url, url, url);
    }

    private UrlFetcher Fetcher => _fetcher ??= new UrlFetcher(MaxBytes);

    private Document FetchArticle(string url, string location)
    {
        var html = TextDecoder.Decode(Fetcher.Fetch(url, location), location);
        return HtmlFormat.Parse(url, html, location, url);
    }

    public IEnumerable<ReadResult> ReadPath(string path)
    {
        if (File.Exists(path))
        {
            return ReadFile(path);
        }
        if (Directory.Exists(path))
        {
            return ReadFiles(EnumerateFolder(path));
        }
        if (path.AsSpan().IndexOfAny('*', '?') >= 0)
        {
            var matches = Glob.Expand(path);
            return matches.Count == 0
                ? [ReadResult.Failure(path, new OnRecordException(ErrorCode.PathNotFound, $"{path}: no files match"))]
                : ReadFiles(matches);
        }
        return [ReadResult.Failure(path, new OnRecordException(ErrorCode.PathNotFound, $"{path}: no such file or directory"))];
    }

    private IEnumerable<ReadResult> ReadFiles(IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            foreach (var result in ReadFile(file))
            {
                yield return result;
            }
        }
    }

    public IEnumerable<ReadResult> ReadFile(string path)
    {
        var name = Path.GetFileName(path);
        if (IsJsonLines(path))
        {
            return ReadJsonLinesFile(path, name);
        }
        return ReadWholeFile(path, name);
    }

    /// <summary>Reads a stream whose format is detected from its first characters (JSON lines, HTML, wire or plain text).</summary>
    public IEnumerable<ReadResult> ReadStream(Stream stream, string name)
    {
        var buffered = new BufferedStream(stream, 64 * 1024);
        int first;
        do
        {
            first = buffered.ReadByte();
        }
        while (first is ' ' or '\t' or '\r' or '\n' or 0xEF or 0xBB or 0xBF);
        var prefix = first < 0 ? [] : new[] { (byte)first };
        var joined = new PrefixedStream(prefix, buffered);
        if (first == '{')
        {
            return ReadJsonLines(joined, name);
        }
        return ReadText(ReadAllBounded(joined), name, name);
    }

    private IEnumerable<ReadResult> ReadWholeFile(string path, string name)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.Length > MaxBytes)
            {
                return [ReadResult.Failure(path, new OnRecordException(ErrorCode.DocumentTooLarge,
                    $"{path}: {info.Length / 1_048_576.0:F1} MB is over the {MaxBytes / 1_048_576} MB limit for one document"))];
            }
            var bytes = File.ReadAllBytes(path);
            return ReadText(bytes, name, path);
        }
        catch (IOException e)
        {
            return [ReadResult.Failure(path, new OnRecordException(ErrorCode.UnreadableFile, $"{path}: {e.Message}"))];
        }
        catch (UnauthorizedAccessException)
        {
            return [ReadResult.Failure(path, new OnRecordException(ErrorCode.UnreadableFile, $"{path}: permission denied"))];
        }
    }

    private IEnumerable<ReadResult> ReadText(byte[] bytes, string id, string location, string? url = null)
    {
        try
        {
            if (bytes.Length > MaxBytes)
            {
                throw new OnRecordException(ErrorCode.DocumentTooLarge, $"{location}: over the {MaxBytes / 1_048_576} MB limit for one document");
            }
            var text = TextDecoder.Decode(bytes, location);
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new OnRecordException(ErrorCode.EmptyDocument, $"{location}: empty document");
            }
            if (FeedFormat.LooksLikeFeed(text) || FeedFormat.HasFeedExtension(location))
            {
                return FeedFormat.Parse(text, id, location, options.FetchFeedArticles ? FetchArticle : null);
            }
            Document document;
            if (url is not null && !WireFormat.Matches(text))
            {
                document = HtmlFormat.Parse(id, text, location, url);
            }
            else if (HtmlFormat.LooksLikeHtml(text) || location.EndsWith(".html", StringComparison.OrdinalIgnoreCase)
                || location.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
            {
                document = HtmlFormat.Parse(id, text, location);
                if (document.Date is null && options.DefaultDate is not null)
                {
                    document = WithDate(document, options.DefaultDate.Value);
                }
            }
            else if (WireFormat.Matches(text))
            {
                document = WireFormat.Parse(id, text, location);
            }
            else
            {
                document = new Document(id, text) { Date = options.DefaultDate };
            }
            return [ReadResult.Success(location, document)];
        }
        catch (OnRecordException e)
        {
            return [ReadResult.Failure(location, e)];
        }
    }

    private static Document WithDate(Document d, DateOnly date) =>
        new(d.Id, d.Text, d.Body) { Date = date, Dateline = d.Dateline, Source = d.Source, Title = d.Title, Url = d.Url, IsExtractedText = d.IsExtractedText };

    private IEnumerable<ReadResult> ReadJsonLinesFile(string path, string name)
    {
        Stream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [ReadResult.Failure(path, new OnRecordException(ErrorCode.UnreadableFile, $"{path}: {e.Message}"))];
        }
        return ReadJsonLines(stream, name, path);
    }

    private IEnumerable<ReadResult> ReadJsonLines(Stream stream, string name, string? location = null)
    {
        location ??= name;
        using (stream)
        {
            var reader = new ByteLineReader(stream, MaxBytes);
            using var line = new MemoryStream();
            var lineNumber = 0;
            var documents = 0;
            while (reader.TryReadLine(line, out var tooLong))
            {
                lineNumber++;
                var where = $"{location}:{lineNumber}";
                if (tooLong)
                {
                    yield return ReadResult.Failure(where, new OnRecordException(ErrorCode.DocumentTooLarge,
                        $"{where}: line is over the {MaxBytes / 1_048_576} MB limit for one document"));
                    continue;
                }
                var bytes = line.GetBuffer().AsSpan(0, (int)line.Length);
                if (bytes.Trim(" \t\r"u8).IsEmpty)
                {
                    continue;
                }
                ReadResult result;
                try
                {
                    var text = TextDecoder.Decode(bytes, where);
                    var document = JsonLinesFormat.ParseLine(text, $"{name}:{lineNumber}", where, options.DefaultDate);
                    result = ReadResult.Success(where, document);
                    documents++;
                }
                catch (OnRecordException e)
                {
                    result = ReadResult.Failure(where, e);
                }
                yield return result;
            }
            if (lineNumber == 0)
            {
                yield return ReadResult.Failure(location, new OnRecordException(ErrorCode.EmptyDocument, $"{location}: empty file"));
            }
        }
    }

    private byte[] ReadAllBounded(Stream stream)
    {
        using var memory = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            memory.Write(buffer, 0, read);
            if (memory.Length > MaxBytes)
            {
                // Keep reading nothing more; ReadText refuses it with E104.
                return memory.ToArray();
            }
        }
        return memory.ToArray();
    }

    private static bool IsJsonLines(string path) =>
        path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<string> EnumerateFolder(string folder)
    {
        var files = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }))
        {
            var name = Path.GetFileName(file);
            if (!name.StartsWith('.') && KnownExtensions.Contains(Path.GetExtension(file)))
            {
                files.Add(file);
            }
        }
        files.Sort(StringComparer.Ordinal);
        return files;
    }
}
