using System.Diagnostics;
using System.Globalization;
using OnRecord.Core.Documents;
using OnRecord.Extraction;
using OnRecord.Nlp.Corpora;
using OnRecord.Nlp.Entities;
using OnRecord.Nlp.Segmentation;
using OnRecord.Nlp.Tokenization;

namespace OnRecord.Bench;

/// <summary>
/// <c>ner FILE…</c>: model load time, then words/s on one core of the entity stage alone (tokens and sentences
/// already set) and of the whole standard pipeline, over the raw text of CoNLL-U or plain-text files.
/// </summary>
internal static class NerBench
{
    public static int Run(string[] files)
    {
        var load = Stopwatch.StartNew();
        var recognizer = EntityRecognizer.Load(OnRecord.Nlp.Models.ModelDirectory.File(EntityRecognizer.FileName));
        var loadSeconds = load.Elapsed.TotalSeconds;
        var texts = files.Select(f => f.EndsWith(".conllu", StringComparison.Ordinal) ? ConlluRawText.Build(ConlluReader.Read(f)).Text : File.ReadAllText(f)).ToList();
        var words = texts.Sum(t => t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
        var documents = texts.Select((t, i) => new Document(i.ToString(CultureInfo.InvariantCulture), t)).ToList();
        foreach (var d in documents)
        {
            d.SetTokens(Tokenizer.Default.Tokenize(d.Text, d.Body, out var n), n);
            d.SetSentences(SentenceSplitter.Default.Split(d));
        }
        var stage = new EntityRecognizerStage(recognizer);
        var stageRate = Rate(() =>
        {
            foreach (var d in documents)
            {
                stage.Process(d, CancellationToken.None);
            }
        }, words);
        var pipeline = OnRecordPipeline.Create();
        var pipelineRate = Rate(() =>
        {
            foreach (var t in texts)
            {
                pipeline.Process(new Document("b", t));
            }
        }, words);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"words {words}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ner.load_seconds {loadSeconds:F3}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ner.words_per_s {stageRate:F0}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pipeline.words_per_s {pipelineRate:F0}"));
        return 0;
    }

    /// <summary>Words per second of <paramref name="pass"/>, after a warm-up, over at least three passes and two seconds.</summary>
    private static double Rate(Action pass, long words)
    {
        pass();
        var passes = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(2) || passes < 3)
        {
            pass();
            passes++;
        }
        return words * passes / clock.Elapsed.TotalSeconds;
    }
}
