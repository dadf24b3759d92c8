using OnRecord.Core.Annotations;
using OnRecord.Core.Documents;
using OnRecord.Readers;
using OnRecord.Readers.Sources;
using OnRecord.Tests.Common;

namespace OnRecord.Extraction.Tests;

/// <summary>The motivating wire story (read from ../shared/seed, never copied): its people, organisations, places and groups.</summary>
public class SeedEntitiesTests
{
    private static readonly Lazy<Document> Seed = new(() =>
    {
        var file = Directory.GetFiles(TestPaths.SharedFile("seed"), "*.txt").Order(StringComparer.Ordinal).First();
        var document = Assert.Single(new DocumentReader(new ReaderOptions()).ReadPath(file)).Document!;
        OnRecordPipeline.Create().Process(document);
        return document;
    });

    private static IEnumerable<EntityMention> With(EntityLabel label, string text) =>
        Seed.Value.Entities.Where(e => e.Label == label && Seed.Value.TextOf(e.Range) == text);

    [Theory]
    [InlineData("Dmitry Peskov", "Dmitry Peskov")]
    [InlineData("Peskov", "Dmitry Peskov")]
    [InlineData("Putin", "Vladimir Putin")]
    [InlineData("Robert S. Mueller", "Robert S. Mueller")]
    [InlineData("Biden", null)]
    [InlineData("Trump", null)]
    public void People_and_their_canonical_names(string text, string? canonical)
    {
        var mentions = With(EntityLabel.PERSON, text).ToList();
        Assert.NotEmpty(mentions);
        if (canonical is not null)
        {
            Assert.All(mentions, m => Assert.Equal(canonical, m.Canonical));
        }
    }

    [Fact]
    public void Roles_come_from_the_titles_before_the_names()
    {
        Assert.Contains(With(EntityLabel.PERSON, "Dmitry Peskov"), m => m.Role == "Kremlin spokesman");
        Assert.Contains(With(EntityLabel.PERSON, "Robert S. Mueller"), m => m.Role == "US Special Counsel");
    }

    [Fact]
    public void Honorifics_stay_out_of_person_spans()
    {
        Assert.DoesNotContain(Seed.Value.Entities, e => e.Label == EntityLabel.PERSON && Seed.Value.TextOf(e.Range).StartsWith("Mr", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(EntityLabel.ORG, "Kremlin")]
    [InlineData(EntityLabel.ORG, "Office of the Director of National Intelligence")]
    [InlineData(EntityLabel.GPE, "Russia")]
    [InlineData(EntityLabel.GPE, "US")]
    [InlineData(EntityLabel.GPE, "Moscow")]
    [InlineData(EntityLabel.GPE, "Ukraine")]
    [InlineData(EntityLabel.NORP, "Russian")]
    [InlineData(EntityLabel.NORP, "American")]
    public void Organisations_places_and_groups(EntityLabel label, string text)
    {
        Assert.NotEmpty(With(label, text));
    }

    [Fact]
    public void Offsets_are_valid()
    {
        OffsetAssert.Valid(Seed.Value);
    }
}
