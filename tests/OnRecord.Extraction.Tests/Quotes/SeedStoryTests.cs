using OnRecord.Core.Annotations;
using OnRecord.Core.Documents;
using OnRecord.Extraction.Quotes;
using OnRecord.Readers;
using OnRecord.Readers.Sources;
using OnRecord.Tests.Common;

namespace OnRecord.Extraction.Tests.Quotes;

/// <summary>
/// The motivating wire story (read from ../shared/seed at test time, never copied): every quotation in marks
/// belongs to the Kremlin spokesman or to the special counsel's report, and "he said" is the spokesman.
/// Checked by names and cue words only, so no sentence of the story appears here.
/// </summary>
public class SeedStoryTests
{
    private const string Spokesman = "Dmitry Peskov";
    private const string Counsel = "Robert S. Mueller";

    public static TheoryData<string> Modes => ["rules", "model"];

    private static Document Seed(string mode)
    {
        var file = Assert.Single(Directory.GetFiles(TestPaths.SharedFile("seed"), "*.txt"));
        var document = Assert.Single(new DocumentReader(new ReaderOptions()).ReadPath(file)).Document!;
        var extractor = mode == "rules" ? QuoteExtractor.Rules : QuoteExtractor.Default;
        Assert.Equal(mode, extractor.Mode);
        OnRecordPipeline.CreateBuilder().WithQuotes(extractor).Build().Process(document);
        OffsetAssert.Valid(document);
        return document;
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void Every_direct_and_mixed_quotation_is_the_spokesman_or_the_counsel(string mode)
    {
        var d = Seed(mode);
        var marked = d.Quotes.Where(q => q.Kind != QuoteKind.Indirect).ToList();
        Assert.True(marked.Count(q => q.Kind == QuoteKind.Direct) >= 3, Describe(d));
        Assert.True(marked.Count(q => q.Kind == QuoteKind.Mixed) >= 3, Describe(d));
        Assert.All(marked, q => Assert.Contains(q.Speaker?.Canonical, new[] { Spokesman, Counsel }));
        Assert.Contains(marked, q => q.Speaker?.Canonical == Counsel && q.Kind == QuoteKind.Mixed && d.TextOf(q.Cue!.Value) == "found");
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void He_said_is_the_spokesman_and_the_first_quotation_gives_his_role(string mode)
    {
        var d = Seed(mode);
        var he = d.Quotes.Where(q => q.Speaker is { } s && d.TextOf(s.Mention) is "he" or "He").ToList();
        Assert.True(he.Count >= 5, Describe(d));
        Assert.All(he, q => Assert.Equal(Spokesman, q.Speaker!.Value.Canonical));
        var first = d.Quotes.First(q => q.Speaker?.Canonical == Spokesman);
        Assert.Equal("Kremlin spokesman", first.Speaker!.Value.Role);
        Assert.Equal(EntityLabel.PERSON, first.Speaker!.Value.Label);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void Reported_speech_is_found_with_its_cue_and_speaker(string mode)
    {
        var d = Seed(mode);
        string? Cue(Quote q) => q.Cue is { } c ? d.TextOf(c) : null;
        Assert.Contains(d.Quotes, q => Cue(q) == "added" && q.Speaker?.Canonical == Spokesman && q.Kind == QuoteKind.Indirect);
        Assert.Contains(d.Quotes, q => Cue(q) == "believes" && q.Speaker is { } s && d.TextOf(s.Mention).Contains("intelligence", StringComparison.Ordinal));
        // The attribution that interrupts its clause yields one quotation in two pieces.
        Assert.Contains(d.Quotes, q => q.Fragments.Length == 2 && q.Kind == QuoteKind.Indirect && q.Speaker?.Canonical == Spokesman);
        Assert.Contains(d.Quotes, q => q.Speaker?.Canonical == "Kremlin" && Cue(q) == "said");
        Assert.Contains(d.Quotes, q => q.Speaker is { } s && d.TextOf(s.Mention) == "it" && Cue(q) == "said");
    }

    private static string Describe(Document d) =>
        string.Join("\n", d.Quotes.Select(q => QuoteLine.From(d, q).ToString()));
}
