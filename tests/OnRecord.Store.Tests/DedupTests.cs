using OnRecord.Core.Documents;
using OnRecord.Store.Dedup;
using OnRecord.Store.Ingest;

namespace OnRecord.Store.Tests;

public sealed class DedupTests : IDisposable
{
    private readonly TempRecord _record = new();

    public void Dispose() => _record.Dispose();

    [Fact]
    public void A_trimmed_re_headlined_copy_is_stored_once_with_its_copy_listed()
    {
        var outcomes = _record.Ingest(Stories.Port(), Stories.PortCopy(), Stories.PortFollowUp());
        Assert.Equal([IngestOutcome.New, IngestOutcome.NearDuplicate, IngestOutcome.New], outcomes);

        using var reader = _record.Read();
        var stats = reader.Stats();
        Assert.Equal(2, stats.Stories);
        Assert.Equal(1, stats.Copies);
        Assert.Equal(5, stats.Quotes); // 3 + 2: the copy's quote is not counted again

        var story = Assert.Single(reader.SearchStories(new() { Text = "crumbs" }).Rows);
        Assert.Equal("port-strike.txt", story.DocId);
        var copy = Assert.Single(story.Copies);
        Assert.Equal(("port-strike-copy.txt", "near", "AFP", "Dutch port stoppage drags on as talks fail"), (copy.DocId, copy.Kind, copy.Source, copy.Title));

        var quote = Assert.Single(reader.SearchQuotes(new() { Text = "crumbs" }).Rows);
        Assert.Equal(1, quote.Copies);
    }

    [Fact]
    public void A_fuller_version_arriving_after_a_trimmed_copy_becomes_the_canonical_story()
    {
        Assert.Equal([IngestOutcome.New, IngestOutcome.NearDuplicate], _record.Ingest(Stories.PortCopy(), Stories.Port()));
        using (var reader = _record.Read())
        {
            var stats = reader.Stats();
            Assert.Equal((1, 1, 3), (stats.Stories, stats.Copies, stats.Quotes)); // the full story's three quotes, not the copy's one
            var story = Assert.Single(reader.SearchStories(new() { Text = "Brandsma" }).Rows);
            Assert.Equal(("port-strike.txt", "REUTERS"), (story.DocId, story.Source));
            Assert.Equal(["port-strike-copy.txt"], story.Copies.Select(c => c.DocId));
            Assert.Empty(reader.Verify());
        }
        // Both versions are known: neither changes anything when ingested again.
        Assert.Equal([IngestOutcome.Unchanged, IngestOutcome.Unchanged], _record.Ingest(Stories.PortCopy(), Stories.Port()));
    }

    [Fact]
    public void The_same_text_under_another_id_is_an_exact_copy()
    {
        var port = Stories.Port();
        var again = new Document("mirror/port.txt", port.Text) { Date = port.Date, Source = "MIRROR" };
        Assert.Equal([IngestOutcome.New, IngestOutcome.ExactDuplicate], _record.Ingest(port, again));
        using var reader = _record.Read();
        var story = Assert.Single(reader.SearchStories(new() { Text = "Rotterdam" }).Rows);
        Assert.Equal(("mirror/port.txt", "exact", 1.0), (story.Copies[0].DocId, story.Copies[0].Kind, story.Copies[0].Similarity));
    }

    [Fact]
    public void Copy_detection_survives_punctuation_and_quote_style()
    {
        var a = StoryFingerprint.Of(Stories.PortBody);
        var b = StoryFingerprint.Of(Stories.PortBody.Replace('"', '\u201C').Replace(",", "", StringComparison.Ordinal).Replace("\n\n", " ", StringComparison.Ordinal));
        Assert.Equal(1.0, MinHash.Similarity(a.Signature, b.Signature));
        Assert.True(a.IsCopyOf(b, out _));
    }

    [Fact]
    public void Stories_on_the_same_subject_are_not_copies()
    {
        var port = StoryFingerprint.Of(Stories.Port().Slice(Stories.Port().Body));
        var deal = StoryFingerprint.Of(Stories.PortFollowUp().Slice(Stories.PortFollowUp().Body));
        Assert.False(port.IsCopyOf(deal, out var similarity));
        Assert.True(similarity < 0.1, $"similarity {similarity}");
    }

    [Fact]
    public void A_short_story_keeps_its_first_paragraph_as_a_copy_only_when_it_is_mostly_the_same_text()
    {
        var paragraphs = Stories.PortBody.Split("\n\n");
        var full = StoryFingerprint.Of(Stories.PortBody);
        var firstThree = StoryFingerprint.Of(string.Join("\n\n", paragraphs[..3]));
        Assert.True(firstThree.IsCopyOf(full, out _), "a copy trimmed to three of seven paragraphs is still a copy");
        var oneSentenceQuoted = StoryFingerprint.Of("In other news, " + paragraphs[2] + " Fishing boats in the harbour were unaffected. The weather stayed calm all week and the ferries ran on time to the islands.");
        Assert.False(oneSentenceQuoted.IsCopyOf(full, out _), "a story quoting one paragraph is not a copy");
    }
}
