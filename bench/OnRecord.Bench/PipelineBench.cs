using System.Diagnostics;
using System.Globalization;
using OnRecord.Core.Documents;
using OnRecord.Extraction;
using OnRecord.Nlp.Corpora;

namespace OnRecord.Bench;

/// <summary>
/// <c>pipeline [--filter TEXT] FILE…</c>: throughput of the standard pipeline (tokenize → split → tag →
/// lemmatize → parse, and whatever stages join it) on one core, over plain-text files and the documents
/// of CoNLL-U files (each <c># newdoc</c> a document; <c>--filter news</c> keeps those whose sentence ids
/// contain "news"). Prints model load time, words/s and documents/s on one thread (wall clock, and per CPU
/// second for busy machines), words/s of each stage, and peak memory.
/// </summary>
internal static class PipelineBench
{
    public static int Run(string[] args)
    {
        string? filter = null;
        var files = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--filter" && i + 1 < args.Length)
            {
                filter = args[++i];
            }
            else
            {
                files.Add(args[i]);
            }
        }
        var texts = files.SelectMany(f => Texts(f, filter)).ToList();
        if (texts.Count == 0)
        {
            Console.Error.WriteLine("no documents to analyse");
            return 2;
        }

        var load = Stopwatch.StartNew();
        var pipeline = OnRecordPipeline.Create();
        var loadSeconds = load.Elapsed.TotalSeconds;

        // Warm-up pass (JIT, pools), then timed passes for at least five seconds.
        long words = 0;
        foreach (var text in texts)
        {
            var d = new Document("warm-up", text);
            pipeline.Process(d);
            words += d.TokenCount;
        }
        var stageTicks = new long[pipeline.Stages.Length];
        var passes = 0;
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(5) || passes < 3)
        {
            foreach (var text in texts)
            {
                var d = new Document("bench", text);
                for (var s = 0; s < pipeline.Stages.Length; s++)
                {
                    var t0 = Stopwatch.GetTimestamp();
                    pipeline.Stages[s].Process(d, default);
                    d.MarkAssigned(pipeline.Stages[s].Info.Assigns);
                    stageTicks[s] += Stopwatch.GetTimestamp() - t0;
                }
            }
            passes++;
        }
        var seconds = clock.Elapsed.TotalSeconds;
        process.Refresh();
        var cpuSeconds = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        Print("documents", texts.Count);
        Print("words", words);
        Print("passes", passes);
        Print("model_load_s", loadSeconds, "F3");
        Print("pipeline.words_per_s_per_core", words * passes / seconds, "F0");
        // On a shared machine wall-clock time includes waiting for a core; CPU time does not.
        Print("pipeline.words_per_cpu_s", words * passes / cpuSeconds, "F0");
        Print("pipeline.documents_per_s_per_core", texts.Count * passes / seconds, "F1");
        for (var s = 0; s < pipeline.Stages.Length; s++)
        {
            var stageSeconds = (double)stageTicks[s] / Stopwatch.Frequency;
            Print($"stage.{pipeline.Stages[s].Name}.words_per_s", words * passes / stageSeconds, "F0");
        }
        Print("peak_working_set_mb", process.PeakWorkingSet64 / 1024.0 / 1024.0, "F1");
        Print("managed_heap_mb", GC.GetTotalMemory(forceFullCollection: true) / 1024.0 / 1024.0, "F1");
        return 0;
    }

    private static IEnumerable<string> Texts(string file, string? filter)
    {
        if (!file.EndsWith(".conllu", StringComparison.Ordinal))
        {
            yield return File.ReadAllText(file);
            yield break;
        }
        var document = new List<ConlluSentence>();
        foreach (var sentence in ConlluReader.Read(file))
        {
            if (sentence.NewDocument && document.Count > 0)
            {
                yield return ConlluRawText.Build(document).Text;
                document = [];
            }
            if (filter is null || (sentence.SentId?.Contains(filter, StringComparison.Ordinal) ?? false))
            {
                document.Add(sentence);
            }
        }
        if (document.Count > 0)
        {
            yield return ConlluRawText.Build(document).Text;
        }
    }

    private static void Print(string name, double value, string format = "F0") =>
        Console.WriteLine(name + " " + value.ToString(format, CultureInfo.InvariantCulture));
}
