using System.Text.Json;
using OnRecord.Core.Annotations;
using OnRecord.Core.Documents;
using OnRecord.Core.Serialization;

namespace OnRecord.Core.Tests.Serialization;

public class DocumentJsonWriterTests
{
    private static JsonElement Write(Document d)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, DocumentJsonWriter.CompactOptions))
        {
            DocumentJsonWriter.Write(writer, d);
        }
        return JsonDocument.Parse(stream.ToArray()).RootElement.Clone();
    }

    [Fact]
    public void Writes_every_contract_field_with_nulls_for_unfilled_layers()
    {
        var d = new Document("a.txt", "Hello.") { Date = new DateOnly(2024, 3, 6), Dateline = "MOSCOW", Source = "REUTERS" };
        d.SetTokens([new TokenData(0, 5), new TokenData(5, 6)], 2);
        d.SetSentences([new TokenRange(0, 2)]);
        var json = Write(d);
        Assert.Equal("a.txt", json.GetProperty("id").GetString());
        Assert.Equal("2024-03-06", json.GetProperty("date").GetString());
        Assert.Equal("MOSCOW", json.GetProperty("dateline").GetString());
        Assert.Equal("REUTERS", json.GetProperty("source").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("title").ValueKind);
        Assert.Equal("[[0,6]]", json.GetProperty("sentences").GetRawText());
        var token = json.GetProperty("tokens")[0];
        Assert.Equal(0, token.GetProperty("start").GetInt32());
        Assert.Equal(5, token.GetProperty("end").GetInt32());
        foreach (var field in new[] { "pos", "lemma", "head", "dep" })
        {
            Assert.Equal(JsonValueKind.Null, token.GetProperty(field).ValueKind);
        }
        foreach (var layer in new[] { "entities", "quotes", "timexes", "quantities", "claims", "events" })
        {
            Assert.Equal(0, json.GetProperty(layer).GetArrayLength());
        }
    }

    [Fact]
    public void Writes_quotes_with_cue_speaker_and_kind()
    {
        const string text = "\u201CNo,\u201D he said.";
        var d = new Document("q", text);
        d.Quotes.Add(new Quote
        {
            Content = new TextRange(1, 3),
            Kind = QuoteKind.Direct,
            Cue = new TextRange(9, 13),
            Speaker = new QuoteSpeaker(new TextRange(6, 8), "Dmitry Peskov", "Kremlin spokesman", EntityLabel.PERSON),
            Confidence = 0.9f,
        });
        d.Timexes.Add(new TimeExpression(new TextRange(0, 1), TimexType.DATE, "2024-03-06"));
        var quote = Write(d).GetProperty("quotes")[0];
        Assert.Equal(1, quote.GetProperty("content_start").GetInt32());
        Assert.Equal(3, quote.GetProperty("content_end").GetInt32());
        Assert.Equal("No", quote.GetProperty("content").GetString());
        Assert.Equal("direct", quote.GetProperty("kind").GetString());
        Assert.Equal("said", quote.GetProperty("cue").GetProperty("text").GetString());
        Assert.Equal("he", quote.GetProperty("speaker").GetProperty("text").GetString());
        Assert.Equal("Dmitry Peskov", quote.GetProperty("speaker").GetProperty("canonical").GetString());
    }

    [Fact]
    public void Offsets_are_utf16_code_units_even_beyond_the_basic_plane()
    {
        const string text = "\U0001F600 Hi";
        var d = new Document("e", text);
        d.SetTokens([new TokenData(0, 2), new TokenData(3, 5)], 2);
        var token = Write(d).GetProperty("tokens")[1];
        Assert.Equal(3, token.GetProperty("start").GetInt32());
        Assert.Equal("Hi", text[3..5]);
    }
}
