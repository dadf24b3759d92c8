using OnRecord.Core.Documents;
using OnRecord.Store.Ingest;
using OnRecord.Store.Query;

namespace OnRecord.Store.Tests;

/// <summary>A record in a fresh temporary folder, deleted afterwards.</summary>
public sealed class TempRecord : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("onrecord-store-").FullName;

    public List<IngestOutcome> Ingest(params Document[] documents)
    {
        using var writer = RecordWriter.Open(Folder);
        return documents.Select(writer.Write).ToList();
    }

    public RecordReader Read() => RecordReader.Open(Folder);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
