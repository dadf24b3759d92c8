using System.Diagnostics;
using System.Globalization;
using OnRecord.Core.Documents;
using OnRecord.Extraction.Time;
using OnRecord.Nlp.Segmentation;
using OnRecord.Nlp.Tokenization;
using OnRecord.Readers;
using OnRecord.Readers.Sources;

namespace OnRecord.Bench;

/// <summary>
/// <c>timex FILE…</c>: words per second of the time-expression stage alone on one core. Documents are read
/// (wire headers give their dates), tokenized and split once; then the stage runs over them repeatedly for at least two seconds.
/// </summary>
internal static class TimexBench
{
    public static int Run(string[] paths)
    {
        var reader = new DocumentReader(new ReaderOptions { DefaultDate = new DateOnly(2024, 3, 6) });
        var documents = new List<Document>();
        foreach (var result in reader.Read(paths, () => Stream.Null))
        {
            if (result.Document is { } d)
            {
                d.SetTokens(Tokenizer.Default.Tokenize(d.Text, d.Body, out var n), n);
                d.SetSentences(SentenceSplitter.Default.Split(d));
                documents.Add(d);
            }
        }
        if (documents.Count == 0)
        {
            Console.Error.WriteLine("timex: no readable documents");
            return 1;
        }
        long words = 0;
        foreach (var d in documents)
        {
            words += CountWords(d.Text.AsSpan(d.Body.Start, d.Body.Length));
        }
        var stage = new TimeExpressionStage();
        foreach (var d in documents)
        {
            stage.Process(d, CancellationToken.None);
        }
        var timexes = documents.Sum(d => d.Timexes.Count);
        var passes = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(2) || passes < 3)
        {
            foreach (var d in documents)
            {
                stage.Process(d, CancellationToken.None);
            }
            passes++;
        }
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"documents {documents.Count}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"words {words}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"timexes {timexes}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"passes {passes}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"timex.words_per_s {words * passes / seconds:F0}"));
        return 0;
    }

    private static long CountWords(ReadOnlySpan<char> text)
    {
        long count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord)
            {
                count++;
            }
            inWord = !space;
        }
        return count;
    }
}
