using System.Diagnostics;
using System.Globalization;
using OnRecord.Core.Documents;
using OnRecord.Nlp.Corpora;
using OnRecord.Nlp.Segmentation;
using OnRecord.Nlp.Tokenization;

namespace OnRecord.Bench;

/// <summary>
/// Throughput commands. <c>tokenize FILE…</c> measures tokenize + sentence split on one core over the
/// raw text of CoNLL-U or plain-text files and prints tokens/s and words/s; <c>timex FILE…</c> measures the
/// time-expression stage (<see cref="TimexBench"/>); <c>quotes FILE…</c> documents per minute of the full
/// pipeline and of the quotation stage (<see cref="QuotesBench"/>).
/// BenchmarkDotNet suites run with <c>bdn [filter]</c>.
/// </summary>
public static class BenchProgram
{
    public static int Run(string[] args)
    {
        if (args.Length >= 1 && args[0] == "bdn")
        {
            BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(BenchProgram).Assembly).Run(args[1..]);
            return 0;
        }
        if (args.Length >= 2 && args[0] == "ner")
        {
            return NerBench.Run(args[1..]);
        }
        if (args.Length >= 2 && args[0] == "tokenize")
        {
            return Tokenize(args[1..]);
        }
        if (args.Length >= 2 && args[0] == "timex")
        {
            return TimexBench.Run(args[1..]);
        }
        if (args.Length >= 2 && args[0] == "quotes")
        {
            return QuotesBench.Run(args[1..]);
        }
        if (args.Length >= 2 && args[0] == "pipeline")
        {
            return PipelineBench.Run(args[1..]);
        }
        if (args.Length >= 1 && args[0] == "generate")
        {
            return GenerateCommand.Run(new BenchArgs(args[1..]));
        }
        if (args.Length >= 1 && args[0] == "store")
        {
            return StoreBenchCommand.Run(new BenchArgs(args[1..]));
        }
        Console.Error.WriteLine("usage: OnRecord.Bench tokenize FILE… | ner [--accurate] FILE… | timex FILE… | pipeline [--accurate] [--filter TEXT] FILE… | generate --count N [--seed S] [--copies RATE] [--format wire|jsonl] --out PATH | store --docs N [--pipeline] [--queries Q] | quotes FILE… | bdn [BenchmarkDotNet args]");
        return 2;
    }

    private static int Tokenize(string[] files)
    {
        var texts = new List<string>();
        foreach (var file in files)
        {
            texts.Add(file.EndsWith(".conllu", StringComparison.Ordinal)
                ? ConlluRawText.Build(ConlluReader.Read(file)).Text
                : File.ReadAllText(file));
        }
        var documents = texts.Select((t, i) => new Document(i.ToString(CultureInfo.InvariantCulture), t)).ToList();
        var words = texts.Sum(t => t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
        var tokenizer = Tokenizer.Default;
        var splitter = SentenceSplitter.Default;

        // Warm up, then time repeated passes for at least two seconds.
        long tokens = 0;
        foreach (var d in documents)
        {
            d.SetTokens(tokenizer.Tokenize(d.Text, d.Body, out var n), n);
            d.SetSentences(splitter.Split(d));
        }
        var passes = 0;
        var tokenizeTicks = 0L;
        var total = Stopwatch.StartNew();
        while (total.Elapsed < TimeSpan.FromSeconds(2) || passes < 3)
        {
            var t0 = Stopwatch.GetTimestamp();
            foreach (var d in documents)
            {
                var array = tokenizer.Tokenize(d.Text, d.Body, out var n);
                tokens += n;
                d.SetTokens(array, n);
            }
            tokenizeTicks += Stopwatch.GetTimestamp() - t0;
            foreach (var d in documents)
            {
                d.SetSentences(splitter.Split(d));
            }
            passes++;
        }
        var seconds = total.Elapsed.TotalSeconds;
        var tokenizeSeconds = (double)tokenizeTicks / Stopwatch.Frequency;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"passes {passes}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tokenize.tokens_per_s {tokens / tokenizeSeconds:F0}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tokenize_split.tokens_per_s {tokens / seconds:F0}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tokenize_split.words_per_s {(double)words * passes / seconds:F0}"));
        return 0;
    }
}
