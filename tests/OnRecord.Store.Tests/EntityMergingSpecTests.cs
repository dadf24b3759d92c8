using OnRecord.Core.Annotations;
using OnRecord.Core.Documents;
using OnRecord.Tests.Common;

namespace OnRecord.Store.Tests;

public sealed class EntityMergingSpecTests
{
    public static TheoryData<SpecCase> Cases => SpecFile.Theory("entity-merging.md", "entities");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Merging(SpecCase spec)
    {
        using var record = new TempRecord();
        var stories = spec.Input.Split(" | ").Select((mention, i) =>
        {
            var space = mention.IndexOf(' ');
            var label = Enum.Parse<EntityLabel>(mention[..space]);
            var name = mention[(space + 1)..];
            var text = name + " made a statement.";
            var d = new Document($"story-{i}", text) { Date = new DateOnly(2025, 1, 1).AddDays(i) };
            d.Entities.Add(new EntityMention(new TextRange(0, name.Length), label, name));
            return d;
        }).ToArray();
        record.Ingest(stories);
        using var reader = record.Read();
        Assert.Equal(int.Parse(spec.Expected["entities"].Single(), System.Globalization.CultureInfo.InvariantCulture), reader.Stats().Entities);
        foreach (var group in spec.Expected.GetValueOrDefault("same") ?? [])
        {
            var roots = group.Split(" | ").Select(n => reader.FindEntity(n).RootId).Distinct();
            Assert.Single(roots);
        }
        foreach (var group in spec.Expected.GetValueOrDefault("different") ?? [])
        {
            var names = group.Split(" | ");
            Assert.Equal(names.Length, names.Select(n => reader.FindEntity(n).RootId).Distinct().Count());
        }
    }
}
