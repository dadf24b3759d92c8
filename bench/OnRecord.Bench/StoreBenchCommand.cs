using System.Diagnostics;
using System.Globalization;
using OnRecord.Bench.Generation;
using OnRecord.Core.Annotations;
using OnRecord.Core.Documents;
using OnRecord.Core.Pipeline;
using OnRecord.Extraction;
using OnRecord.Store.Ingest;
using OnRecord.Store.Query;

namespace OnRecord.Bench;

/// <summary>
/// <c>store --docs N [--seed S] [--copies RATE] [--queries Q] [--pipeline] [--db PATH] [--keep] [--reuse]</c>: ingest throughput
/// and search latency of the record. By default stories are stored with the annotations the generator knows
/// (every quote and speaker), which measures the store itself; <c>--pipeline</c> analyses the plain text with the
/// standard pipeline on every core first, as <c>onrecord ingest</c> does. Prints one <c>name value</c> per line.
/// </summary>
internal static class StoreBenchCommand
{
    public static int Run(BenchArgs args)
    {
        var docs = args.Int("--docs", 10_000);
        var seed = args.Int("--seed", 1);
        var copyRate = args.Double("--copies", 0.05);
        var queries = args.Int("--queries", 400);
        var pipeline = args.Flag("--pipeline");
        var folder = args.String("--db", Path.Combine(Path.GetTempPath(), $"onrecord-bench-{docs}-{seed}"));
        if (args.Flag("--reuse") && Directory.Exists(folder))
        {
            // Search latency only, over a record an earlier run kept (--keep).
            using var kept = RecordReader.Open(folder);
            Latencies(kept, queries, seed);
            return 0;
        }
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        var generated = new StoryGenerator(seed, copyRate);
        var stories = new Dictionary<string, string?>();
        int truePositive = 0, falsePositive = 0, missed = 0;
        var clock = Stopwatch.StartNew();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        using (var writer = RecordWriter.Open(folder))
        {
            IEnumerable<(GeneratedStory Story, Document Document)> input = generated.Generate(docs).Select(s => (s, s.ToDocument()));
            if (pipeline)
            {
                input = Analysed(generated.Generate(docs), Environment.ProcessorCount);
            }
            foreach (var (story, document) in input)
            {
                var outcome = writer.Write(document);
                var duplicate = outcome is IngestOutcome.NearDuplicate or IngestOutcome.ExactDuplicate;
                if (story.CopyOf is not null)
                {
                    _ = duplicate ? truePositive++ : missed++;
                }
                else if (duplicate)
                {
                    falsePositive++;
                }
            }
        }
        var ingestSeconds = clock.Elapsed.TotalSeconds;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        Print("ingest.documents", docs);
        Print("ingest.seconds", ingestSeconds);
        Print("ingest.documents_per_s", docs / ingestSeconds);
        // On a shared machine wall time depends on the neighbours; CPU time does not.
        Print("ingest.cpu_seconds", cpuSeconds);
        Print("ingest.documents_per_cpu_s", docs / cpuSeconds);
        Print("machine.load_average", double.Parse(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "0", CultureInfo.InvariantCulture));
        Print("dedup.copies_detected", truePositive);
        Print("dedup.copies_missed", missed);
        Print("dedup.false_duplicates", falsePositive);

        using var reader = RecordReader.Open(folder);
        var stats = reader.Stats();
        Print("record.stories", stats.Stories);
        Print("record.copies", stats.Copies);
        Print("record.quotes", stats.Quotes);
        Print("record.entities", stats.Entities);
        Print("record.megabytes", Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) / 1048576.0);
        Latencies(reader, queries, seed);
        if (!args.Flag("--keep"))
        {
            reader.Dispose();
            Directory.Delete(folder, recursive: true);
        }
        return 0;
    }

    private static IEnumerable<(GeneratedStory, Document)> Analysed(IEnumerable<GeneratedStory> stories, int threads)
    {
        var queue = new Queue<GeneratedStory>();
        var inputs = stories.Select(s =>
        {
            queue.Enqueue(s);
            return (s.Id, (Document?)new Document(s.Id, s.Body) { Date = s.Date, Source = s.Agency, Title = s.Title }, (Core.Errors.OnRecordException?)null);
        });
        foreach (var item in OrderedBatchRunner.Run(inputs, OnRecordPipeline.Create(), threads))
        {
            yield return (queue.Dequeue(), item.Document!);
        }
    }

    /// <summary>Query mix: single words, phrases, a speaker alone, text with a speaker, text with dates, an entity with a kind.</summary>
    private static void Latencies(RecordReader reader, int count, int seed)
    {
        var random = new Random(seed + 7);
        var speakers = reader.SearchQuotes(new StatementQuery { Limit = 200 }).Rows.Select(r => r.Speaker).OfType<string>().Distinct().ToArray();
        if (speakers.Length == 0)
        {
            // No statements (a pipeline without a quote stage): stories are all there is to search.
            Print("search.quotes", 0);
            StoryLatencies(reader, count, random);
            return;
        }
        var words = new[] { "subsidies", "grain", "deficit", "tariffs", "ceasefire", "pension", "harvest", "quotas", "airport", "drought", "wage", "vaccine" };
        var phrases = new[] { "\"fuel subsidies\"", "\"interest rates\"", "\"import tariffs\"", "\"the railway project\"", "\"water rationing\"" };
        Func<StatementQuery>[] mix =
        [
            () => new StatementQuery { Text = words[random.Next(words.Length)] },
            () => new StatementQuery { Text = phrases[random.Next(phrases.Length)] },
            () => new StatementQuery { Speaker = speakers[random.Next(speakers.Length)] },
            () => new StatementQuery { Text = words[random.Next(words.Length)], Speaker = speakers[random.Next(speakers.Length)] },
            () => new StatementQuery { Text = words[random.Next(words.Length)] + " OR " + words[random.Next(words.Length)], From = new DateOnly(2024, 3, 1), To = new DateOnly(2024, 6, 30) },
            () => new StatementQuery { Entity = "Brazil", Kind = QuoteKind.Direct },
        ];
        for (var i = 0; i < 60; i++)
        {
            reader.SearchQuotes(mix[i % mix.Length]());
        }
        var all = new List<double>();
        var byKind = mix.Select(_ => new List<double>()).ToArray();
        for (var i = 0; i < count; i++)
        {
            var kind = i % mix.Length;
            var query = mix[kind]();
            var start = Stopwatch.GetTimestamp();
            reader.SearchQuotes(query);
            var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            all.Add(ms);
            byKind[kind].Add(ms);
        }
        Print("search.queries", count);
        Print("search.p50_ms", Percentile(all, 0.50));
        Print("search.p99_ms", Percentile(all, 0.99));
        string[] names = ["word", "phrase", "speaker", "word_speaker", "or_dates", "entity_kind"];
        for (var k = 0; k < mix.Length; k++)
        {
            Print($"search.{names[k]}.p50_ms", Percentile(byKind[k], 0.50));
            Print($"search.{names[k]}.p99_ms", Percentile(byKind[k], 0.99));
        }
        var profile = new List<double>();
        for (var i = 0; i < Math.Min(50, speakers.Length); i++)
        {
            var start = Stopwatch.GetTimestamp();
            reader.Speaker(speakers[i], 50);
            profile.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        Print("speaker.p50_ms", Percentile(profile, 0.50));
        Print("speaker.p99_ms", Percentile(profile, 0.99));
    }

    private static void StoryLatencies(RecordReader reader, int count, Random random)
    {
        var words = new[] { "subsidies", "grain", "deficit", "tariffs", "ceasefire", "pension", "harvest", "quotas", "airport", "drought", "wage", "vaccine" };
        var times = new List<double>();
        for (var i = 0; i < count + 60; i++)
        {
            var query = new StatementQuery { Documents = true, Text = words[random.Next(words.Length)] + (i % 2 == 0 ? "" : " AND " + words[random.Next(words.Length)]) };
            var start = Stopwatch.GetTimestamp();
            reader.SearchStories(query);
            if (i >= 60)
            {
                times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }
        Print("search.stories.p50_ms", Percentile(times, 0.50));
        Print("search.stories.p99_ms", Percentile(times, 0.99));
    }

    private static double Percentile(List<double> values, double p)
    {
        if (values.Count == 0)
        {
            return 0;
        }
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }

    private static void Print(string name, double value) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} {value:0.###}"));
}
