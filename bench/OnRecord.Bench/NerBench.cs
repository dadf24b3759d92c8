using System.Diagnostics;
using System.Globalization;
using OnRecord.Core.Documents;
using OnRecord.Extraction;
using OnRecord.Nlp.Corpora;
using OnRecord.Nlp.Embeddings;
using OnRecord.Nlp.Entities;
using OnRecord.Nlp.Segmentation;
using OnRecord.Nlp.Tagging;
using OnRecord.Nlp.Tokenization;

namespace OnRecord.Bench;

/// <summary>
/// <c>ner [--accurate] FILE…</c>: model load time, then words/s of the entity stage alone (tokens, sentences
/// and tags already set) and of the whole standard pipeline, over the raw text of CoNLL-U or plain-text files.
/// The fast mode runs on one core; the accurate mode's encoder uses every core (ONNX Runtime threads).
/// </summary>
internal static class NerBench
{
    public static int Run(string[] args)
    {
        var accurate = args.Contains("--accurate");
        var files = args.Where(a => a != "--accurate").ToArray();
        var load = Stopwatch.StartNew();
        var recognizer = EntityRecognizer.Load(OnRecord.Nlp.Models.ModelDirectory.File(accurate ? EntityRecognizer.AccurateFileName : EntityRecognizer.FileName));
        var encoder = accurate ? MiniLmEncoder.Load() : null;
        var loadSeconds = load.Elapsed.TotalSeconds;
        var texts = files.Select(f => f.EndsWith(".conllu", StringComparison.Ordinal) ? ConlluRawText.Build(ConlluReader.Read(f)).Text : File.ReadAllText(f)).ToList();
        var words = texts.Sum(t => t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
        var tagger = new TaggerStage();
        var documents = texts.Select((t, i) => new Document(i.ToString(CultureInfo.InvariantCulture), t)).ToList();
        foreach (var d in documents)
        {
            d.SetTokens(Tokenizer.Default.Tokenize(d.Text, d.Body, out var n), n);
            d.SetSentences(SentenceSplitter.Default.Split(d));
            tagger.Process(d, CancellationToken.None);
        }
        var stage = new EntityRecognizerStage(recognizer, encoder);
        var stageRate = Rate(() =>
        {
            foreach (var d in documents)
            {
                stage.Process(d, CancellationToken.None);
            }
        }, words);
        var pipeline = OnRecordPipeline.Create(accurate);
        var pipelineRate = Rate(() =>
        {
            foreach (var t in texts)
            {
                pipeline.Process(new Document("b", t));
            }
        }, words);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"words {words}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ner.mode {(accurate ? "accurate" : "fast")}"));
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
