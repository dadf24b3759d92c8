using System.Net;
using OnRecord.Core.Errors;

namespace OnRecord.Readers.Sources;

/// <summary>
/// Fetches a URL the user named on the command line (or an article a named feed links to). OnRecord
/// touches the network only here. Responses are size-capped like files.
/// </summary>
public sealed class UrlFetcher(HttpClient client, int maxBytes)
{
    private static readonly Lazy<HttpClient> SharedClient = new(() =>
    {
        var client = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("OnRecord/1.0 (+news record)");
        return client;
    });

    public UrlFetcher(int maxBytes)
        : this(SharedClient.Value, maxBytes)
    {
    }

    public static bool IsUrl(string path) =>
        path.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || path.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    /// <summary>The body of a successful GET; E112 for a network error, a non-success status or an over-long body.</summary>
    public byte[] Fetch(string url, string location)
    {
        try
        {
            using var response = client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead).GetAwaiter().GetResult();
            if (!response.IsSuccessStatusCode)
            {
                throw new OnRecordException(ErrorCode.FetchFailed, $"{location}: HTTP {(int)response.StatusCode} {response.ReasonPhrase} from {url}");
            }
            if (response.Content.Headers.ContentLength > maxBytes)
            {
                throw new OnRecordException(ErrorCode.DocumentTooLarge, $"{location}: {url} is over the {maxBytes / 1_048_576} MB limit for one input");
            }
            using var stream = response.Content.ReadAsStream();
            using var memory = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                memory.Write(buffer, 0, read);
                if (memory.Length > maxBytes)
                {
                    throw new OnRecordException(ErrorCode.DocumentTooLarge, $"{location}: {url} is over the {maxBytes / 1_048_576} MB limit for one input");
                }
            }
            return memory.ToArray();
        }
        catch (HttpRequestException e)
        {
            throw new OnRecordException(ErrorCode.FetchFailed, $"{location}: cannot fetch {url} ({e.Message})", e);
        }
        catch (TaskCanceledException e)
        {
            throw new OnRecordException(ErrorCode.FetchFailed, $"{location}: timed out fetching {url}", e);
        }
        catch (Exception e) when (e is UriFormatException or InvalidOperationException or NotSupportedException)
        {
            throw new OnRecordException(ErrorCode.FetchFailed, $"{location}: cannot fetch {url} ({e.Message})", e);
        }
    }
}
