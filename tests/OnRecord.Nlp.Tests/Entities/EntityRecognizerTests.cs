using OnRecord.Core.Documents;
using OnRecord.Core.Errors;
using OnRecord.Nlp.Entities;
using OnRecord.Nlp.Segmentation;
using OnRecord.Nlp.Tokenization;
using OnRecord.Tests.Common;

namespace OnRecord.Nlp.Tests.Entities;

public class EntityRecognizerTests
{
    private const string Sample = "Kremlin spokesman Dmitry Peskov said on Monday that Russia would not attend. Mr Peskov spoke in Moscow.";

    private static Document Analyze(string text)
    {
        var d = new Document("t", text);
        d.SetTokens(Tokenizer.Default.Tokenize(text, d.Body, out var n), n);
        d.SetSentences(SentenceSplitter.Default.Split(d));
        return d;
    }

    [Fact]
    public void Save_and_load_round_trip_gives_the_same_bytes_and_predictions()
    {
        var model = EntityRecognizer.Default;
        using var first = new MemoryStream();
        model.Save(first);
        first.Position = 0;
        var loaded = EntityRecognizer.Load(first, "memory");
        using var second = new MemoryStream();
        loaded.Save(second);
        Assert.Equal(first.ToArray(), second.ToArray());
        Assert.Equal(model.Predict(Analyze(Sample)), loaded.Predict(Analyze(Sample)));
    }

    [Fact]
    public void Truncated_model_file_is_refused_with_a_code()
    {
        using var stream = new MemoryStream();
        EntityRecognizer.Default.Save(stream);
        var bytes = stream.ToArray()[..(int)(stream.Length / 2)];
        var e = Assert.Throws<OnRecordException>(() => EntityRecognizer.Load(new MemoryStream(bytes), "half"));
        Assert.Equal(ErrorCode.ModelCorrupt, e.Code);
    }

    [Fact]
    public void Shipped_model_is_compact_and_loads_fast()
    {
        var path = Nlp.Models.ModelDirectory.File(EntityRecognizer.FileName);
        Assert.True(new FileInfo(path).Length < 20 * 1024 * 1024);
        var model = EntityRecognizer.Load(path);
        Assert.True(model.Weights.FeatureCount > 10_000);
    }

    [Fact]
    public void Predict_is_pure_and_repeatable()
    {
        var d = Analyze(Sample);
        var a = EntityRecognizer.Default.Predict(d);
        var b = EntityRecognizer.Default.Predict(d);
        Assert.Equal(a, b);
        Assert.Empty(d.Entities);
    }

    [Fact]
    public void Empty_document_has_no_entities()
    {
        var d = new Document("empty", "");
        d.SetTokens([], 0);
        d.SetSentences([]);
        Assert.Empty(EntityRecognizer.Default.Predict(d));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("MR MR MR Mr. Mr Mrs Dr. Dr the the of of of the")]
    [InlineData("Office of of of the the of")]
    [InlineData("[[[ ]]] ((( ))) “ ” ‘ ’ « » — – …")]
    [InlineData("United United States States of of America America")]
    [InlineData("🙂🙃 Ελλάδα Россия 中国 عربي")]
    [InlineData("A.B.C.D.E.F.G.H. I. J. K. L. M. N.")]
    public void Hostile_text_never_breaks_the_stage(string text)
    {
        var d = Analyze(text);
        new EntityRecognizerStage().Process(d, CancellationToken.None);
        OffsetAssert.Valid(d);
    }

    [Fact]
    public void Random_text_never_breaks_the_stage()
    {
        var random = new Random(42);
        const string alphabet = "abcdefgABCDEFG .,'’-\n\"“”()0123456789ÄéßMrs";
        for (var round = 0; round < 200; round++)
        {
            var chars = new char[random.Next(1, 400)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }
            var d = Analyze(new string(chars));
            new EntityRecognizerStage().Process(d, CancellationToken.None);
            OffsetAssert.Valid(d);
        }
    }

    [Fact]
    public void Long_document_is_processed()
    {
        var text = string.Concat(Enumerable.Repeat(Sample + "\n\n", 2000));
        var d = Analyze(text);
        new EntityRecognizerStage().Process(d, CancellationToken.None);
        Assert.True(d.Entities.Count >= 6000);
        OffsetAssert.Valid(d);
    }
}
