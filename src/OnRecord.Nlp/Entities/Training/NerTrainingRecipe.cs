using System.Diagnostics;
using OnRecord.Nlp.Evaluation;

namespace OnRecord.Nlp.Entities.Training;

/// <summary>Settings of one training run; the defaults are what the shipped model was trained with.</summary>
public sealed record NerTrainingOptions
{
    public int Epochs { get; init; } = 10;

    public int Seed { get; init; } = 1;

    /// <summary>Averaged weights smaller than this are dropped from the shipped model.</summary>
    public float PruneThreshold { get; init; } = 0.02f;

    /// <summary>Share of training sentences added again in lower case (web text, careless typing).</summary>
    public double LowerCaseCopies { get; init; } = 0.1;

    /// <summary>Share of training sentences added again in upper case (headlines).</summary>
    public double UpperCaseCopies { get; init; } = 0.05;
}

/// <summary>A named evaluation set and its scores.</summary>
public sealed record NerDevResult(string Name, string Path, NerScores Scores);

/// <summary>
/// The training recipe: which corpora, how they are mapped, what is held back. Trains on GUM-open train,
/// CrossNER politics train+dev and WikiGold; holds back GUM-open dev and CrossNER politics test (converted to
/// OntoNotes labels) and tunes on Universal NER English-EWT dev. Never reads a test split of a benchmark.
/// </summary>
public static class NerTrainingRecipe
{
    public static readonly string[] TrainingFiles =
    [
        "gum-open/en_gum-open-train.conllu",
        "crossner-politics/train.txt",
        "crossner-politics/dev.txt",
        "wikigold/wikigold.conll.txt",
    ];

    public const string UnerDev = "uner-english-ewt/en_ewt-ud-dev.iob2";
    public const string GumDev = "gum-open/en_gum-open-dev.conllu";
    public const string CrossNerHeldOut = "crossner-politics/test.txt";

    public static List<NerSentence> TrainingSentences(string corpora, LabelMapper mapper)
    {
        var gum = new GumEntityReader(mapper);
        var sentences = new List<NerSentence>();
        sentences.AddRange(gum.Read(Path.Combine(corpora, TrainingFiles[0])));
        foreach (var file in TrainingFiles[1..3])
        {
            // CrossNER sentences come from unrelated articles: each is its own document.
            sentences.AddRange(IobReader.Read(Path.Combine(corpora, file)).Select(s => mapper.Map(s with { NewDocument = true }, mapper.CrossNer)));
        }
        sentences.AddRange(IobReader.Read(Path.Combine(corpora, TrainingFiles[3])).Select(s => mapper.Map(s, mapper.Conll)));
        return sentences;
    }

    /// <summary>The held-back sets in OntoNotes labels (mentions we cannot map are left out of the gold).</summary>
    public static List<(string Name, List<NerSentence> Sentences)> HeldOutSentences(string corpora, LabelMapper mapper)
    {
        var gum = new GumEntityReader(mapper).Read(Path.Combine(corpora, GumDev)).ToList();
        var crossner = IobReader.Read(Path.Combine(corpora, CrossNerHeldOut)).Select(s => mapper.Map(s with { NewDocument = true }, mapper.CrossNer)).ToList();
        return [("gum-dev", gum), ("crossner-politics-test", crossner)];
    }

    public static EntityRecognizer Train(NerTrainingOptions options, Gazetteer gazetteer, WordClusters clusters, IReadOnlyList<NerSentence> training, Action<int, double, EntityRecognizer?> afterEpoch, Func<int, bool> evaluateEpoch)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(afterEpoch);
        ArgumentNullException.ThrowIfNull(evaluateEpoch);
        var examples = NerExample.FromSentences(WithCaseCopies(training, options), "train");
        var keys = PerceptronTrainer.Keys(examples, gazetteer, clusters);
        var trainer = new PerceptronTrainer();
        var random = new Random(options.Seed);
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            var order = PerceptronTrainer.Order(examples.Count, random);
            var accuracy = trainer.Epoch(order.Select(i => examples[i]).ToList(), order.Select(i => keys[i]).ToList());
            afterEpoch(epoch, accuracy, evaluateEpoch(epoch) ? new EntityRecognizer(gazetteer, clusters, trainer.Averaged(options.PruneThreshold)) : null);
        }
        return new EntityRecognizer(gazetteer, clusters, trainer.Averaged(options.PruneThreshold));
    }

    /// <summary>
    /// Adds lower- and upper-cased copies of a seeded random share of the sentences, each its own document, so
    /// the model does not learn that a name is always capitalised.
    /// </summary>
    public static List<NerSentence> WithCaseCopies(IReadOnlyList<NerSentence> sentences, NerTrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(options);
        var random = new Random(options.Seed + 7);
        var result = new List<NerSentence>(sentences);
        foreach (var s in sentences)
        {
            var draw = random.NextDouble();
            if (draw < options.LowerCaseCopies)
            {
                result.Add(s with { Words = s.Words.Select(w => w.ToLowerInvariant()).ToArray(), NewDocument = true });
            }
            else if (draw < options.LowerCaseCopies + options.UpperCaseCopies)
            {
                result.Add(s with { Words = s.Words.Select(w => w.ToUpperInvariant()).ToArray(), NewDocument = true });
            }
        }
        return result;
    }

    /// <summary>Runs the recogniser stage over gold sentences (their own tokens) and scores it.</summary>
    public static NerScores Evaluate(EntityRecognizer recognizer, IReadOnlyList<RawNerSentence> gold) =>
        Evaluate(recognizer, gold, out _);

    /// <summary>As <see cref="Evaluate(EntityRecognizer, IReadOnlyList{RawNerSentence})"/>, also returning the predictions per sentence.</summary>
    public static NerScores Evaluate(EntityRecognizer recognizer, IReadOnlyList<RawNerSentence> gold, out List<List<(int Start, int End, string Label)>> predicted)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        ArgumentNullException.ThrowIfNull(gold);
        var stage = new EntityRecognizerStage(recognizer);
        predicted = new List<List<(int, int, string)>>(gold.Count);
        var plain = gold.Select(s => new NerSentence(s.Words, [], s.NewDocument)).ToList();
        foreach (var example in NerExample.FromSentences(plain, "eval"))
        {
            stage.Process(example.Document, CancellationToken.None);
            predicted.AddRange(NerEvaluator.PerSentence(example.Document));
        }
        Debug.Assert(predicted.Count == gold.Count);
        return NerEvaluator.Score(gold, predicted);
    }

    /// <summary>Gold sentences with OntoNotes labels as raw sentences, for scoring and for writing IOB files.</summary>
    public static List<RawNerSentence> AsRaw(IEnumerable<NerSentence> sentences) =>
        sentences.Select(s => new RawNerSentence(s.Words, s.Mentions.Where(m => m.Label is not null).Select(m => (m.Start, m.End, m.Label!.Value.ToString())).ToList(), s.NewDocument)).ToList();

    /// <summary>Writes sentences as IOB2 (<c>token TAB tag</c>, <c>-DOCSTART-</c> between documents).</summary>
    public static void WriteIob(string path, IEnumerable<RawNerSentence> sentences)
    {
        using var writer = new StreamWriter(path);
        foreach (var s in sentences)
        {
            if (s.NewDocument)
            {
                writer.WriteLine("-DOCSTART-\tO");
                writer.WriteLine();
            }
            var tags = Enumerable.Repeat("O", s.Words.Length).ToArray();
            foreach (var (start, end, type) in s.Mentions)
            {
                for (var i = start; i < end; i++)
                {
                    tags[i] = (i == start ? "B-" : "I-") + type;
                }
            }
            for (var i = 0; i < s.Words.Length; i++)
            {
                writer.Write(s.Words[i]);
                writer.Write('\t');
                writer.WriteLine(tags[i]);
            }
            writer.WriteLine();
        }
    }
}
