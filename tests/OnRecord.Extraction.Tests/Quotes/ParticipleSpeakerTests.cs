using OnRecord.Extraction.Quotes;

namespace OnRecord.Extraction.Tests.Quotes;

/// <summary>
/// "…, citing …" is no verb of the cue lexicon, so only the shipped model reports it (the spec file runs every
/// example in both modes); its speaker must still be the main clause's subject, not the object before the comma.
/// </summary>
public class ParticipleSpeakerTests
{
    [Fact]
    public void Citing_after_the_main_clause_belongs_to_its_subject_not_its_object()
    {
        var document = QuoteSpecTests.Analyze("The ministry cancelled the visit, citing security risks.", QuoteExtractor.Default);
        var quote = Assert.Single(document.Quotes);
        Assert.Equal("citing", document.Text[quote.Cue!.Value.Start..quote.Cue.Value.End]);
        Assert.Equal("ministry", quote.Speaker?.Canonical);
    }
}
