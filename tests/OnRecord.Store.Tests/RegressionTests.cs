using OnRecord.Core.Annotations;
using OnRecord.Core.Documents;

namespace OnRecord.Store.Tests;

/// <summary>Bugs found on real pipeline output, each pinned before its fix.</summary>
public sealed class RegressionTests : IDisposable
{
    private readonly TempRecord _record = new();

    public void Dispose() => _record.Dispose();

    private static Document Said(string id, string text, string speaker, string canonical, EntityLabel? label)
    {
        var d = new Document(id, text) { Date = new DateOnly(2025, 2, 14) };
        var s = text.IndexOf(speaker, StringComparison.Ordinal);
        var c = text.IndexOf(" said ", StringComparison.Ordinal) + 6;
        d.Quotes.Add(new Quote
        {
            Content = new TextRange(c, text.Length - 1),
            Kind = QuoteKind.Indirect,
            Speaker = new QuoteSpeaker(new TextRange(s, s + speaker.Length), canonical, null, label),
        });
        return d;
    }

    [Fact]
    public void Issue_unlabelled_speakers_commission_and_kenyas_electoral_commission_became_one_person()
    {
        // The quote stage gave these speakers no label; they were taken for people, "Commission" for a bare
        // surname, and "Kenya's electoral commission" for a full name that adopted it.
        _record.Ingest(
            Said("a", "The Commission said imports had risen.", "The Commission", "Commission", null),
            Said("b", "Kenya's electoral commission said turnout was high.", "Kenya's electoral commission", "Kenya's electoral commission", null));
        using var reader = _record.Read();
        Assert.NotEqual(reader.FindEntity("Commission").RootId, reader.FindEntity("Kenya's electoral commission").RootId);
        Assert.Equal(1, reader.Speaker("Commission").Statements);
    }

    [Fact]
    public void Issue_an_unlabelled_speaker_takes_the_label_the_story_gives_the_same_name()
    {
        var text = "Peter Kamau spoke first. Mr Kamau said the count was fair.";
        var d = Said("a", text, "Mr Kamau", "Peter Kamau", null);
        d.Entities.Add(new EntityMention(new TextRange(0, 11), EntityLabel.PERSON, "Peter Kamau"));
        _record.Ingest(d, Said("b", "Kamau said nothing more.", "Kamau", "Kamau", EntityLabel.PERSON));
        using var reader = _record.Read();
        var profile = reader.Speaker("Peter Kamau");
        Assert.Equal(("PERSON", 2), (profile.Entity.Label, profile.Statements));
    }

    [Fact]
    public void Issue_a_lower_case_description_tagged_person_is_not_a_name()
    {
        _record.Ingest(
            Said("a", "Electoral commission said turnout was high.", "Electoral commission", "Electoral commission", EntityLabel.PERSON),
            Said("b", "Commission said the vote was calm.", "Commission", "Commission", EntityLabel.PERSON));
        using var reader = _record.Read();
        Assert.NotEqual(reader.FindEntity("Electoral commission").RootId, reader.FindEntity("Commission").RootId);
    }

    [Fact]
    public void Issue_speaker_pronouns_and_titled_mentions_became_aliases()
    {
        var text = "Trade Commissioner Anna Lindqvist said talks would go on. She said no door was closed.";
        var d = new Document("a", text) { Date = new DateOnly(2025, 2, 14) };
        d.Quotes.Add(new Quote
        {
            Content = new TextRange(39, 56),
            Kind = QuoteKind.Indirect,
            Speaker = new QuoteSpeaker(new TextRange(0, 33), "Anna Lindqvist", "Trade Commissioner", EntityLabel.PERSON),
        });
        d.Quotes.Add(new Quote
        {
            Content = new TextRange(text.IndexOf("no door", StringComparison.Ordinal), text.Length - 1),
            Kind = QuoteKind.Indirect,
            Speaker = new QuoteSpeaker(new TextRange(58, 61), "Anna Lindqvist", null, EntityLabel.PERSON),
        });
        _record.Ingest(d);
        using var reader = _record.Read();
        var profile = reader.Speaker("Anna Lindqvist");
        Assert.Equal(2, profile.Statements);
        Assert.Equal(["Anna Lindqvist"], profile.Aliases.Select(a => a.Alias));
    }
}
