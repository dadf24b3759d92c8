using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace OnRecord.Cli.Commands;

/// <summary>
/// Runs an enumeration on a background thread, a bounded number of items ahead of its consumer, so that
/// analysing the next documents overlaps with storing the last ones. An exception in the producer is
/// rethrown to the consumer.
/// </summary>
internal static class ReadAhead
{
    public static IEnumerable<T> Run<T>(IEnumerable<T> source, int capacity, CancellationToken cancellationToken)
    {
        using var buffer = new BlockingCollection<T>(capacity);
        ExceptionDispatchInfo? failure = null;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Factory.StartNew(() =>
        {
            try
            {
                foreach (var item in source)
                {
                    buffer.Add(item, stop.Token);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
            finally
            {
                buffer.CompleteAdding();
            }
        }, TaskCreationOptions.LongRunning);
        try
        {
            foreach (var item in buffer.GetConsumingEnumerable(cancellationToken))
            {
                yield return item;
            }
            producer.Wait(cancellationToken);
            failure?.Throw();
        }
        finally
        {
            stop.Cancel();
            try
            {
                producer.Wait(TimeSpan.FromSeconds(5));
            }
            catch (AggregateException)
            {
            }
        }
    }
}
