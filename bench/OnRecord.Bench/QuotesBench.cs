using System.Diagnostics;
using System.Globalization;
using OnRecord.Core.Documents;
using OnRecord.Core.Pipeline;
using OnRecord.Extraction;
using OnRecord.Extraction.Quotes;
using OnRecord.Readers;
using OnRecord.Readers.Sources;

namespace OnRecord.Bench;

/// <summary>
/// <c>quotes FILE…</c>: documents per minute of the full standard pipeline (read once, analysed repeatedly for
/// at least five seconds) on two threads and on one, and the quotation stage's own share on one core.
/// JSON-lines files such as PolNeAR's are read one document per line.
/// </summary>
internal static class QuotesBench
{
    public static int Run(string[] paths)
    {
        var reader = new DocumentReader(new ReaderOptions { DefaultDate = new DateOnly(2016, 10, 1) });
        var inputs = new List<(string Id, string Text, TextRange Body, DateOnly? Date)>();
        foreach (var result in reader.Read(paths, () => Stream.Null))
        {
            if (result.Document is { } d)
            {
                inputs.Add((d.Id, d.Text, d.Body, d.Date));
            }
        }
        if (inputs.Count == 0)
        {
            Console.Error.WriteLine("quotes: no readable documents");
            return 1;
        }
        var pipeline = OnRecordPipeline.Create();
        var stage = pipeline.Stages.OfType<QuoteStage>().Single();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"documents {inputs.Count}"));
        Console.WriteLine($"quotes.mode {stage.Extractor.Mode}");
        Console.WriteLine($"pipeline {string.Join('>', pipeline.Stages.Select(s => s.Name))}");
        // The quotation stage right after tokens and sentences, without the stages between.
        var minimal = new PipelineBuilder().Add(pipeline.Stages[0]).Add(pipeline.Stages[1]).Add(stage).Build();
        foreach (var (name, candidate) in new[] { ("pipeline", pipeline), ("tokens_sentences_quotes", minimal) })
        {
            foreach (var threads in new[] { 2, 1 })
            {
                var (passes, seconds) = Repeat(() =>
                {
                    var batch = inputs.Select(i => (i.Id, (Document?)Fresh(i), (Core.Errors.OnRecordException?)null));
                    foreach (var _ in OrderedBatchRunner.Run(batch, candidate, threads))
                    {
                    }
                });
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}.threads_{threads}.documents_per_minute {inputs.Count * passes * 60 / seconds:F0}"));
            }
        }

        // The quotation stage alone, on documents already analysed up to it.
        var prepared = inputs.Select(i =>
        {
            var d = Fresh(i);
            pipeline.Process(d);
            return d;
        }).ToList();
        var quotes = prepared.Sum(d => d.Quotes.Count);
        var (stagePasses, stageSeconds) = Repeat(() =>
        {
            foreach (var d in prepared)
            {
                stage.Process(d, CancellationToken.None);
            }
        });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"quotes.found {quotes}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"quotes_stage.threads_1.documents_per_minute {inputs.Count * stagePasses * 60 / stageSeconds:F0}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"quotes_stage.ms_per_document {stageSeconds * 1000 / (inputs.Count * stagePasses):F2}"));
        return 0;
    }

    private static Document Fresh((string Id, string Text, TextRange Body, DateOnly? Date) input) =>
        new(input.Id, input.Text, input.Body) { Date = input.Date };

    /// <summary>Runs once to warm up, then repeatedly for at least five seconds; returns passes and seconds.</summary>
    private static (int Passes, double Seconds) Repeat(Action pass)
    {
        pass();
        var passes = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(5) || passes < 2)
        {
            pass();
            passes++;
        }
        return (passes, clock.Elapsed.TotalSeconds);
    }
}
