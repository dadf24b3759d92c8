using OnRecord.Core.Documents;
using OnRecord.Core.Errors;
using OnRecord.Extraction.Quotes;
using OnRecord.Extraction.Quotes.Learning;
using OnRecord.Nlp.Models;

namespace OnRecord.Extraction.Tests.Quotes;

public class QuoteModelTests
{
    private const string Story =
        "Kremlin spokesman Dmitry Orlov said on Tuesday that talks would resume. “We are ready,” he said.\n\n" +
        "The ministry, he added, had not been told. According to officials, the meeting lasted two hours.";

    private static QuoteModel Shipped() => QuoteModel.Load(ModelDirectory.File(QuoteModel.FileName));

    [Fact]
    public void Save_and_load_round_trip_gives_the_same_bytes_and_predictions()
    {
        var model = Shipped();
        using var first = new MemoryStream();
        model.Save(first);
        var copy = QuoteModel.Load(new MemoryStream(first.ToArray()), "copy");
        using var second = new MemoryStream();
        copy.Save(second);
        Assert.Equal(first.ToArray(), second.ToArray());
        Assert.Equal(model.Thresholds, copy.Thresholds);
        Assert.Equal(model.NonZeroWeights, copy.NonZeroWeights);
        Assert.Equal(Quotes(QuoteExtractor.FromModel(model)), Quotes(QuoteExtractor.FromModel(copy)));
    }

    [Fact]
    public void A_damaged_model_file_is_refused_with_a_coded_error()
    {
        using var stream = new MemoryStream();
        Shipped().Save(stream);
        var bytes = stream.ToArray();
        bytes[^10] ^= 0x5A;
        var e = Assert.Throws<OnRecordException>(() => QuoteModel.Load(new MemoryStream(bytes), "damaged"));
        Assert.Equal(ErrorCode.ModelCorrupt, e.Code);
        var truncated = Assert.Throws<OnRecordException>(() => QuoteModel.Load(new MemoryStream(bytes[..(bytes.Length / 2)]), "truncated"));
        Assert.Equal(ErrorCode.ModelCorrupt, truncated.Code);
    }

    [Fact]
    public void The_shipped_model_finds_the_quotations_of_a_short_story()
    {
        var quotes = Quotes(QuoteExtractor.Default);
        Assert.Contains(quotes, q => q.StartsWith("direct \"We are ready\" speaker=Dmitry Orlov", StringComparison.Ordinal));
        Assert.Contains(quotes, q => q.Contains("speaker=Dmitry Orlov cue=said", StringComparison.Ordinal) && q.StartsWith("indirect", StringComparison.Ordinal));
    }

    [Fact]
    public void A_speech_verb_without_that_the_model_passes_over_is_not_filled_in_by_the_rules()
    {
        var text = "Two staff writers reported from the north coast.";
        Assert.NotEmpty(Quotes(QuoteExtractor.Rules, text));
        Assert.Empty(Quotes(QuoteExtractor.Default, text));
    }

    [Fact]
    public void What_someone_said_was_is_still_filled_in_by_the_rules()
    {
        var text = "After the storm hit the coast in 2019, the city gave the fishermen what it said were the largest grants ever paid to a single trade.";
        var quotes = Quotes(QuoteExtractor.Default, text);
        Assert.True(quotes.Exists(q => q.StartsWith("indirect \"were the largest grants ever paid to a single trade\"", StringComparison.Ordinal)
            && q.Contains("cue=said", StringComparison.Ordinal)), string.Join("\n", quotes));
    }

    private static List<string> Quotes(QuoteExtractor extractor, string text = Story)
    {
        var d = QuoteSpecTests.Analyze(text, extractor);
        return d.Quotes.Select(q => QuoteLine.From(d, q).ToString()).ToList();
    }
}
