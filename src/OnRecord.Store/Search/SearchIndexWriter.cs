using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using OnRecord.Core.Errors;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace OnRecord.Store.Search;

/// <summary>
/// Writes the Lucene index. The index is derived data: SQLite is the record, and every story written
/// there is queued (<c>index_queue</c>). A commit here stores the highest queue entry it covers, so after a
/// crash the stories past it are indexed again; replacing a story's block by its id makes that idempotent.
/// </summary>
internal sealed class SearchIndexWriter : IDisposable
{
    private readonly FSDirectory _directory;
    private readonly IndexWriter _writer;

    private SearchIndexWriter(FSDirectory directory, IndexWriter writer)
    {
        _directory = directory;
        _writer = writer;
    }

    /// <summary>The highest queue entry the last commit covers; 0 for a new or rebuilt index.</summary>
    public long Watermark { get; private set; }

    /// <summary>True when the index was missing or unreadable and has been started afresh: every story must be indexed.</summary>
    public bool NeedsRebuild { get; private set; }

    public static SearchIndexWriter Open(string folder)
    {
        var created = !System.IO.Directory.Exists(folder) || System.IO.Directory.GetFiles(folder, "segments*").Length == 0;
        try
        {
            return OpenOrCreate(folder, created);
        }
        catch (Exception e) when (e is CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or EndOfStreamException or FileNotFoundException)
        {
            // The index holds nothing the record does not: start it again and re-index every story.
            System.IO.Directory.Delete(folder, recursive: true);
            return OpenOrCreate(folder, created: true);
        }
        catch (LockObtainFailedException e)
        {
            throw new OnRecordException(ErrorCode.StoreLocked, $"{folder}: the search index is locked by another process ({e.Message})", e);
        }
    }

    private static SearchIndexWriter OpenOrCreate(string folder, bool created)
    {
        var directory = FSDirectory.Open(folder);
        try
        {
            var config = new IndexWriterConfig(NewsAnalyzer.Version, new NewsAnalyzer())
            {
                OpenMode = created ? OpenMode.CREATE : OpenMode.APPEND,
                RAMBufferSizeMB = 48,
            };
            var writer = new IndexWriter(directory, config);
            var index = new SearchIndexWriter(directory, writer) { NeedsRebuild = created };
            if (!created && writer.CommitData.TryGetValue(IndexFields.QueueWatermark, out var value))
            {
                index.Watermark = long.Parse(value, CultureInfo.InvariantCulture);
            }
            return index;
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>Replaces everything indexed for a story by its current content.</summary>
    public void Replace(IndexedStory story)
    {
        var docs = new List<LuceneDocument>(story.Quotes.Count + 1);
        foreach (var quote in story.Quotes)
        {
            var doc = Base(IndexFields.QuoteType, story.RowId, quote.RowId, quote.Content, quote.Day);
            doc.Add(new StringField(IndexFields.Kind, quote.Kind, Field.Store.NO));
            if (quote.SpeakerId is { } speaker)
            {
                doc.Add(new StringField(IndexFields.Speaker, Id(speaker), Field.Store.NO));
            }
            foreach (var entity in quote.EntityIds)
            {
                doc.Add(new StringField(IndexFields.Entity, Id(entity), Field.Store.NO));
            }
            docs.Add(doc);
        }
        var storyDoc = Base(IndexFields.DocumentType, story.RowId, story.RowId, story.Text, story.Day);
        foreach (var speaker in story.SpeakerIds)
        {
            storyDoc.Add(new StringField(IndexFields.Speaker, Id(speaker), Field.Store.NO));
        }
        foreach (var entity in story.EntityIds)
        {
            storyDoc.Add(new StringField(IndexFields.Entity, Id(entity), Field.Store.NO));
        }
        docs.Add(storyDoc);
        _writer.UpdateDocuments(new Term(IndexFields.Document, Id(story.RowId)), docs);
    }

    public void Delete(long documentRowId) => _writer.DeleteDocuments(new Term(IndexFields.Document, Id(documentRowId)));

    public void DeleteAll() => _writer.DeleteAll();

    /// <summary>Makes everything added so far durable and records the queue entry it covers.</summary>
    public void Commit(long watermark)
    {
        _writer.SetCommitData(new Dictionary<string, string> { [IndexFields.QueueWatermark] = watermark.ToString(CultureInfo.InvariantCulture) });
        _writer.Commit();
        Watermark = watermark;
        NeedsRebuild = false;
    }

    public void Dispose()
    {
        _writer.Dispose(waitForMerges: false);
        _directory.Dispose();
    }

    private static LuceneDocument Base(string type, long storyRowId, long rowId, string text, int? day)
    {
        var doc = new LuceneDocument
        {
            new StringField(IndexFields.Type, type, Field.Store.NO),
            new StringField(IndexFields.Document, Id(storyRowId), Field.Store.NO),
            new StoredField(IndexFields.Row, rowId),
            new NumericDocValuesField(IndexFields.Row, rowId),
            new TextField(IndexFields.Text, text, Field.Store.NO),
        };
        var dayValue = day ?? 0;
        doc.Add(new Int32Field(IndexFields.Day, dayValue, Field.Store.NO));
        doc.Add(new NumericDocValuesField(IndexFields.DaySort, dayValue));
        return doc;
    }

    internal static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
