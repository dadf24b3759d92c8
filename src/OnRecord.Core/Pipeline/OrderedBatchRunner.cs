using OnRecord.Core.Documents;
using OnRecord.Core.Errors;

namespace OnRecord.Core.Pipeline;

/// <summary>The outcome of running the pipeline on one input item.</summary>
public readonly record struct ProcessedItem(string Location, Document? Document, OnRecordException? Error);

/// <summary>
/// Runs a pipeline over a stream of documents on several cores and hands results back in input order.
/// Reads ahead a bounded window, so memory stays flat however long the input.
/// </summary>
public static class OrderedBatchRunner
{
    public static IEnumerable<ProcessedItem> Run(
        IEnumerable<(string Location, Document? Document, OnRecordException? Error)> inputs,
        Pipeline pipeline,
        int degreeOfParallelism,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(pipeline);
        var window = Math.Max(1, degreeOfParallelism) * 16;
        var batch = new List<(string Location, Document? Document, OnRecordException? Error)>(window);
        var results = new ProcessedItem[window];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, degreeOfParallelism), CancellationToken = cancellationToken };
        foreach (var input in inputs)
        {
            batch.Add(input);
            if (batch.Count == window)
            {
                foreach (var item in Flush(batch, results, pipeline, options))
                {
                    yield return item;
                }
            }
        }
        foreach (var item in Flush(batch, results, pipeline, options))
        {
            yield return item;
        }
    }

    private static ProcessedItem[] Flush(
        List<(string Location, Document? Document, OnRecordException? Error)> batch,
        ProcessedItem[] results,
        Pipeline pipeline,
        ParallelOptions options)
    {
        if (batch.Count == 0)
        {
            return [];
        }
        Parallel.For(0, batch.Count, options, i =>
        {
            var (location, document, error) = batch[i];
            if (document is null)
            {
                results[i] = new ProcessedItem(location, null, error);
                return;
            }
            try
            {
                pipeline.Process(document, options.CancellationToken);
                results[i] = new ProcessedItem(location, document, null);
            }
            catch (OnRecordException e)
            {
                results[i] = new ProcessedItem(location, null, e);
            }
        });
        var output = results.AsSpan(0, batch.Count).ToArray();
        Array.Clear(results);
        batch.Clear();
        return output;
    }
}
