using OnRecord.Core.Documents;
using OnRecord.Store.Ingest;

namespace OnRecord.Store.Tests;

public sealed class IdempotenceTests : IDisposable
{
    private readonly TempRecord _record = new();

    public void Dispose() => _record.Dispose();

    [Fact]
    public void Ingesting_the_same_documents_again_changes_nothing()
    {
        Assert.Equal([IngestOutcome.New, IngestOutcome.New], _record.Ingest(Stories.Port(), Stories.PortFollowUp()));
        var before = Snapshot();

        Assert.Equal([IngestOutcome.Unchanged, IngestOutcome.Unchanged], _record.Ingest(Stories.Port(), Stories.PortFollowUp()));
        Assert.Equal([IngestOutcome.Unchanged, IngestOutcome.Unchanged], _record.Ingest(Stories.PortFollowUp(), Stories.Port()));

        Assert.Equal(before, Snapshot());
        using var reader = _record.Read();
        Assert.Empty(reader.Verify());
    }

    [Fact]
    public void Re_ingesting_a_copy_changes_nothing_either()
    {
        Assert.Equal([IngestOutcome.New, IngestOutcome.NearDuplicate], _record.Ingest(Stories.Port(), Stories.PortCopy()));
        var before = Snapshot();
        Assert.Equal([IngestOutcome.Unchanged], _record.Ingest(Stories.PortCopy()));
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void A_changed_document_under_the_same_id_replaces_its_layers()
    {
        _record.Ingest(Stories.Port());
        var revised = new Document("port-strike.txt", Stories.Port().Text.Replace("second week", "third week", StringComparison.Ordinal))
        {
            Date = Stories.PortDate,
            Source = "REUTERS",
        };
        Assert.Equal([IngestOutcome.Updated], _record.Ingest(revised));

        using var reader = _record.Read();
        var stats = reader.Stats();
        Assert.Equal(1, stats.Stories);
        Assert.Equal(0, stats.Quotes); // the revision carries no quote layer, so the old quotes are gone
        Assert.Equal(0, stats.Mentions);
        Assert.Equal(1, reader.SearchStories(new() { Text = "third" }).Total);
        Assert.Equal(0, reader.SearchStories(new() { Text = "\"second week\"" }).Total);
        Assert.Empty(reader.Verify());
    }

    [Fact]
    public void Stories_piped_through_standard_input_do_not_replace_each_other()
    {
        var first = new Document("stdin", Stories.Port().Text) { Date = Stories.PortDate };
        var second = new Document("stdin", Stories.PortFollowUp().Text) { Date = Stories.PortDate };
        Assert.Equal([IngestOutcome.New, IngestOutcome.New, IngestOutcome.Unchanged], _record.Ingest(first, second, first));
        Assert.Equal(2, Snapshot().Stories);
    }

    private Query.RecordStats Snapshot()
    {
        using var reader = _record.Read();
        return reader.Stats();
    }
}
