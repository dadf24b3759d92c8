using OnRecord.Readers;
using OnRecord.Readers.Sources;
using OnRecord.Tests.Common;

namespace OnRecord.Extraction.Tests.Time;

/// <summary>
/// The wire story in shared/seed (read at test time, never copied): every time expression in its body, with the
/// value it must get against the story's date. The expectations name expressions by their words, in order.
/// </summary>
public class SeedStoryTests
{
    private static readonly string[] Expected =
    [
        "March 6 | DATE | 2024-03-06",
        "November | DATE | 2024-11",
        "2016 | DATE | 2016",
        "2020 | DATE | 2020",
        "March | DATE | 2024-03",
        "2019 | DATE | 2019",
        "2016 | DATE | 2016",
        "2020 | DATE | 2020",
        "2021 | DATE | 2021",
        "2023 | DATE | 2023",
        "1962 | DATE | 1962",
        "2008 | DATE | 2008",
        "2022 | DATE | 2022",
        "2023 | DATE | 2023",
        "the future | DATE | FUTURE_REF",
    ];

    [Fact]
    public void Every_time_expression_of_the_seed_story_gets_its_value()
    {
        var file = Assert.Single(Directory.GetFiles(TestPaths.SharedFile("seed"), "*.txt"));
        var d = Assert.Single(new DocumentReader(new ReaderOptions()).ReadPath(file)).Document!;
        Assert.Equal(new DateOnly(2024, 3, 6), d.Date);
        OnRecordPipeline.Create().Process(d);
        OffsetAssert.Valid(d);
        foreach (var t in d.Timexes)
        {
            Assert.True(d.Body.Contains(t.Range), $"timex {t.Range} outside the body");
        }
        Assert.Equal(string.Join("\n", Expected), TimeSpecTests.Render(d));
    }
}
