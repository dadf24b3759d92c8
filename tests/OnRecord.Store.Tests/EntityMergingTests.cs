using OnRecord.Core.Annotations;
using OnRecord.Core.Errors;

namespace OnRecord.Store.Tests;

public sealed class EntityMergingTests : IDisposable
{
    private static readonly DateOnly Day = new(2025, 5, 2);
    private readonly TempRecord _record = new();

    public void Dispose() => _record.Dispose();

    private static StoryBuilder Story(string id, string text) => new(id, text, Day);

    [Fact]
    public void Full_name_surname_honorific_and_middle_initial_are_one_speaker()
    {
        _record.Ingest(
            Story("a", "Dmitry Peskov spoke to reporters on Friday.").Entity("Dmitry Peskov", EntityLabel.PERSON, role: "Kremlin spokesman").Build(),
            Story("b", "Peskov did not take questions.").Entity("Peskov", EntityLabel.PERSON).Build(),
            Story("c", "Mr Peskov left the room early.").Entity("Mr Peskov", EntityLabel.PERSON).Build(),
            Story("d", "A statement was signed by Dmitry S. Peskov.").Entity("Dmitry S. Peskov", EntityLabel.PERSON).Build());
        using var reader = _record.Read();
        var names = new[] { "Dmitry Peskov", "Peskov", "Mr Peskov", "Dmitry S. Peskov", "dmitry peskov" };
        var roots = names.Select(n => reader.FindEntity(n).RootId).Distinct().ToList();
        Assert.Single(roots);
        var profile = reader.Speaker("Peskov");
        Assert.Equal("Dmitry Peskov", profile.Entity.Name);
        Assert.Equal(4, profile.Mentions);
        Assert.Superset(new HashSet<string> { "Dmitry Peskov", "Peskov", "Mr Peskov", "Dmitry S. Peskov" }, profile.Aliases.Select(a => a.Alias).ToHashSet());
        Assert.Contains(profile.Roles, r => r.Role == "Kremlin spokesman");
    }

    [Fact]
    public void A_bare_surname_seen_first_is_adopted_by_the_only_full_name_that_follows()
    {
        _record.Ingest(
            Story("a", "Putin arrived late.").Entity("Putin", EntityLabel.PERSON).Build(),
            Story("b", "Vladimir Putin signed the decree.").Entity("Vladimir Putin", EntityLabel.PERSON).Build());
        using var reader = _record.Read();
        Assert.Equal(reader.FindEntity("Putin").RootId, reader.FindEntity("Vladimir Putin").RootId);
        Assert.Equal(2, reader.Speaker("Vladimir Putin").Mentions);
    }

    [Fact]
    public void Country_names_and_abbreviations_are_one_place()
    {
        _record.Ingest(
            Story("a", "The US said talks would go on.").Entity("US", EntityLabel.GPE).Build(),
            Story("b", "U.S. officials declined to comment.").Entity("U.S.", EntityLabel.GPE).Build(),
            Story("c", "The United States sent an envoy.").Entity("United States", EntityLabel.GPE).Build(),
            Story("d", "America will not sign, she said.").Entity("America", EntityLabel.LOC).Build());
        using var reader = _record.Read();
        var place = reader.FindEntity("United States");
        Assert.Equal("United States", place.Name);
        Assert.All(new[] { "US", "U.S.", "America", "USA" }, n => Assert.Equal(place.RootId, reader.FindEntity(n).RootId));
        Assert.Equal(4, reader.Speaker("U.S.").Mentions);
    }

    [Fact]
    public void Two_people_who_share_a_surname_never_merge()
    {
        _record.Ingest(
            Story("a", "Anna Lindqvist chaired the session.").Entity("Anna Lindqvist", EntityLabel.PERSON, role: "Trade Commissioner").Build(),
            Story("b", "Erik Lindqvist, a farmer, disagreed.").Entity("Erik Lindqvist", EntityLabel.PERSON).Build(),
            Story("c", "Lindqvist was not available.").Entity("Lindqvist", EntityLabel.PERSON).Build());
        using var reader = _record.Read();
        var anna = reader.FindEntity("Anna Lindqvist");
        var erik = reader.FindEntity("Erik Lindqvist");
        Assert.NotEqual(anna.RootId, erik.RootId);
        Assert.Equal(1, reader.Speaker("Anna Lindqvist").Mentions);
        Assert.Equal(1, reader.Speaker("Erik Lindqvist").Mentions);
        var error = Assert.Throws<OnRecordException>(() => reader.FindEntity("Lindqvist"));
        Assert.Equal(ErrorCode.AmbiguousName, error.Code);
        Assert.Contains("Anna Lindqvist", error.Message);
        Assert.Contains("Erik Lindqvist", error.Message);
    }

    [Fact]
    public void A_surname_in_a_story_that_names_the_person_in_full_goes_to_that_person()
    {
        _record.Ingest(
            Story("a", "Anna Lindqvist chaired the session.").Entity("Anna Lindqvist", EntityLabel.PERSON).Build(),
            Story("b", "Erik Lindqvist, a farmer, disagreed. Lindqvist said prices were too low.")
                .Entity("Erik Lindqvist", EntityLabel.PERSON).Entity("Lindqvist", EntityLabel.PERSON, occurrence: 2).Build());
        using var reader = _record.Read();
        Assert.Equal(2, reader.Speaker("Erik Lindqvist").Mentions);
        Assert.Equal(1, reader.Speaker("Anna Lindqvist").Mentions);
    }

    [Fact]
    public void Different_first_names_do_not_merge_through_a_shared_initial()
    {
        _record.Ingest(
            Story("a", "Anna Lindqvist chaired the session.").Entity("Anna Lindqvist", EntityLabel.PERSON).Build(),
            Story("b", "Alva Lindqvist wrote the report.").Entity("Alva Lindqvist", EntityLabel.PERSON).Build(),
            Story("c", "A. Lindqvist signed it.").Entity("A. Lindqvist", EntityLabel.PERSON).Build());
        using var reader = _record.Read();
        Assert.Equal(1, reader.Speaker("Anna Lindqvist").Mentions);
        Assert.Equal(1, reader.Speaker("Alva Lindqvist").Mentions);
    }

    [Fact]
    public void Unknown_names_are_a_coded_error()
    {
        _record.Ingest(Stories.Port());
        using var reader = _record.Read();
        Assert.Equal(ErrorCode.UnknownName, Assert.Throws<OnRecordException>(() => reader.FindEntity("Nobody Atall")).Code);
    }
}
