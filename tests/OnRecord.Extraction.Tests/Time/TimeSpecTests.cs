using System.Globalization;
using OnRecord.Core.Documents;
using OnRecord.Extraction.Time;
using OnRecord.Nlp.Segmentation;
using OnRecord.Nlp.Tokenization;
using OnRecord.Tests.Common;

namespace OnRecord.Extraction.Tests.Time;

public class TimeSpecTests
{
    public static TheoryData<SpecCase> Cases => SpecFile.Theory("time.md", "timex");

    internal static Document Analyze(string text, DateOnly? date)
    {
        var d = new Document("spec", text) { Date = date };
        d.SetTokens(Tokenizer.Default.Tokenize(text, d.Body, out var n), n);
        d.SetSentences(SentenceSplitter.Default.Split(d));
        new TimeExpressionStage().Process(d, CancellationToken.None);
        OffsetAssert.Valid(d);
        return d;
    }

    internal static string Render(Document d, bool withMod = true)
    {
        var lines = new List<string>();
        foreach (var t in d.Timexes)
        {
            var line = $"{d.TextOf(t.Range)} | {t.Type} | {t.Value}";
            if (withMod && t.Mod is not null)
            {
                line += " | " + t.Mod;
            }
            lines.Add(line);
        }
        return lines.Count == 0 ? "none" : string.Join("\n", lines);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec(SpecCase spec)
    {
        var dct = spec.Expected.TryGetValue("dct", out var dates) && dates[0] != "none"
            ? DateOnly.ParseExact(dates[0], "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : (DateOnly?)null;
        var d = Analyze(spec.Input, dct);
        Assert.Equal(string.Join("\n", spec.Expected["timex"]), Render(d));
    }
}
