using OnRecord.Core.Annotations;

namespace OnRecord.Store.Tests;

public sealed class SpeakerProfileTests : IDisposable
{
    private readonly TempRecord _record = new();

    public void Dispose() => _record.Dispose();

    [Fact]
    public void Profile_has_aliases_roles_a_timeline_by_statement_date_and_the_entities_talked_about()
    {
        // Ingested out of order, and the follow-up reports a statement made before its publication date.
        var text = Stories.Wire(
            "Joost Verhagen said last Friday that Antwerp and Hamburg would not take the extra ships for long.",
            new DateOnly(2025, 3, 20), "ROTTERDAM", "REUTERS");
        var late = new StoryBuilder("late.txt", text, new DateOnly(2025, 3, 20))
            .Entity("Joost Verhagen", EntityLabel.PERSON, role: "union leader")
            .Entity("Antwerp", EntityLabel.GPE)
            .Entity("Hamburg", EntityLabel.GPE)
            .Quote("Antwerp and Hamburg would not take the extra ships for long", QuoteKind.Indirect, speaker: "Joost Verhagen", cue: "said", statementDate: "2025-03-14")
            .Build();
        _record.Ingest(late, Stories.PortFollowUp(), Stories.Port(), Stories.PortCopy());

        using var reader = _record.Read();
        var profile = reader.Speaker("Verhagen");
        Assert.Equal("Joost Verhagen", profile.Entity.Name);
        Assert.Equal("PERSON", profile.Entity.Label);
        Assert.Equal(5, profile.Statements); // the syndicated copy adds none
        Assert.Equal(
            ["2025-03-04", "2025-03-04", "2025-03-12", "2025-03-12", "2025-03-14"],
            profile.Timeline.Select(q => q.Day));
        Assert.Contains("Mr Verhagen", profile.Aliases.Select(a => a.Alias));
        // "Union leader" and "union leader" are one role, seen from the first story to the last.
        var union = Assert.Single(profile.Roles);
        Assert.Equal("union leader", union.Role, ignoreCase: true);
        Assert.Equal((4, "2025-03-04", "2025-03-20"), (union.Count, union.FirstDate, union.LastDate));
        Assert.Equal(["Antwerp", "Hamburg"], profile.TalksAbout.Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Single(reader.Speaker("Verhagen", timelineLimit: 1).Timeline);
    }
}
