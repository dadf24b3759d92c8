using System.Buffers;
using OnRecord.Core.Documents;
using OnRecord.Nlp.Embeddings;
using OnRecord.Nlp.Models;

namespace OnRecord.Nlp.Entities;

/// <summary>
/// Greedy left-to-right BILOU tagger with averaged-perceptron weights over token, shape, context, gazetteer and
/// document features. <see cref="Predict"/> has no side effects; it needs tokens and sentences, nothing else.
/// An accurate model (<see cref="Probe"/> set) also reads each token's contextual vector and must be given them.
/// Thread-safe.
/// </summary>
public sealed class EntityRecognizer
{
    public const string FileName = "ner.bin";
    public const string AccurateFileName = "ner-accurate.bin";
    public const string Kind = "ner";
    public const int FormatVersion = 4;

    private static readonly Lazy<EntityRecognizer> Shipped = new(() => Load(ModelDirectory.File(FileName)));
    private static readonly Lazy<EntityRecognizer> ShippedAccurate = new(() => Load(ModelDirectory.File(AccurateFileName)));

    public EntityRecognizer(Gazetteer gazetteer, WordClusters clusters, EntityWeights weights, TagProbe? probe = null)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(clusters);
        ArgumentNullException.ThrowIfNull(weights);
        Gazetteer = gazetteer;
        Clusters = clusters;
        Weights = weights;
        Probe = probe;
    }

    /// <summary>The model shipped in <c>models/</c>, loaded once.</summary>
    public static EntityRecognizer Default => Shipped.Value;

    /// <summary>The shipped accurate model (<c>models/ner-accurate.bin</c>), loaded once.</summary>
    public static EntityRecognizer Accurate => ShippedAccurate.Value;

    public Gazetteer Gazetteer { get; }

    public WordClusters Clusters { get; }

    public EntityWeights Weights { get; }

    /// <summary>A tag classifier over contextual vectors whose guesses are features; null for the fast model.</summary>
    public TagProbe? Probe { get; }

    /// <summary>Whether <see cref="Predict"/> needs contextual vectors.</summary>
    public bool NeedsVectors => Probe is not null;

    public EntitySpan[] Predict(Document document, ContextualVectors? vectors = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var n = document.TokenCount;
        if (n == 0)
        {
            return [];
        }
        if (NeedsVectors && (vectors is null || vectors.Count != document.TokenCount || vectors.Dimension != Probe!.VectorSize))
        {
            throw new ArgumentException("the accurate model needs one contextual vector per token", nameof(vectors));
        }
        var keys = ArrayPool<TokenKeys>.Shared.Rent(n);
        var lower = ArrayPool<ulong>.Shared.Rent(n);
        var tags = ArrayPool<byte>.Shared.Rent(n);
        try
        {
            TokenKeyBuilder.Fill(document, Gazetteer, Clusters, keys, lower);
            if (Probe is not null)
            {
                GuessTags(Probe, vectors!, document.Sentences, keys.AsSpan(0, n));
            }
            Tag(keys.AsSpan(0, n), document.Sentences, tags.AsSpan(0, n));
            var spans = SpanRules.Apply(document, keys.AsSpan(0, n), Gazetteer, Spans(tags.AsSpan(0, n)));
            return [.. DocumentConsistency.Apply(keys.AsSpan(0, n), spans)];
        }
        finally
        {
            ArrayPool<TokenKeys>.Shared.Return(keys);
            ArrayPool<ulong>.Shared.Return(lower);
            ArrayPool<byte>.Shared.Return(tags);
        }
    }

    private void Tag(ReadOnlySpan<TokenKeys> keys, ReadOnlySpan<TokenRange> sentences, Span<byte> tags)
    {
        // Static and history features go to the weights in one batch, so that their lookups overlap; the next
        // token's static features are made (and their slots asked for) before this token is scored, so that
        // their memory waits overlap this token's work.
        const int Length = NerFeatures.MaxStatic + NerFeatures.HistoryCount;
        Span<ulong> buffers = stackalloc ulong[2 * Length];
        Span<float> scores = stackalloc float[EntityTagSet.Count];
        var memory = new DocumentTagMemory();
        foreach (var sentence in sentences)
        {
            if (sentence.IsEmpty)
            {
                continue;
            }
            byte previous = EntityTagSet.Outside, previous2 = EntityTagSet.Outside;
            var current = buffers[..Length];
            var next = buffers[Length..];
            var count = NerFeatures.Static(keys, sentence.Start, sentence.End, sentence.Start, current[..NerFeatures.MaxStatic]);
            for (var i = sentence.Start; i < sentence.End; i++)
            {
                var nextCount = 0;
                if (i + 1 < sentence.End)
                {
                    nextCount = NerFeatures.Static(keys, sentence.Start, sentence.End, i + 1, next[..NerFeatures.MaxStatic]);
                    Weights.Prefetch(next[..nextCount]);
                }
                scores.Clear();
                NerFeatures.History(keys, sentence.End, i, previous, previous2, memory.Get(keys[i]), current.Slice(count, NerFeatures.HistoryCount));
                Weights.AddAll(current[..(count + NerFeatures.HistoryCount)], scores);
                var best = Best(previous, scores);
                tags[i] = best;
                memory.Set(keys[i], best);
                previous2 = previous;
                previous = best;
                var swap = current;
                current = next;
                next = swap;
                count = nextCount;
            }
        }
    }

    /// <summary>Stores the probe's guess for every token in its keys (tag + 1 and a confidence bucket).</summary>
    internal static void GuessTags(TagProbe probe, ContextualVectors vectors, ReadOnlySpan<TokenRange> sentences, Span<TokenKeys> keys)
    {
        var scratch = new float[probe.ScratchLength];
        foreach (var sentence in sentences)
        {
            for (var i = sentence.Start; i < sentence.End; i++)
            {
                var (tag, confidence) = probe.Guess(vectors, i, sentence.Start, sentence.End, scratch);
                keys[i].Probe = (byte)(tag + 1);
                keys[i].ProbeConfidence = confidence;
            }
        }
    }

    /// <summary>The highest-scoring tag.</summary>
    internal static byte Best(ReadOnlySpan<float> scores)
    {
        var best = EntityTagSet.Outside;
        var bestScore = scores[0];
        for (var t = 1; t < scores.Length; t++)
        {
            if (scores[t] > bestScore)
            {
                best = (byte)t;
                bestScore = scores[t];
            }
        }
        return best;
    }

    /// <summary>
    /// The highest-scoring tag that may follow <paramref name="previous"/>, so a name once begun runs to its last
    /// token instead of being cut off where the next token alone looks like O.
    /// </summary>
    internal static byte Best(byte previous, ReadOnlySpan<float> scores)
    {
        var best = byte.MaxValue;
        var bestScore = float.NegativeInfinity;
        for (var t = 0; t < scores.Length; t++)
        {
            if (EntityTagSet.Follows(previous, (byte)t) && (best == byte.MaxValue || scores[t] > bestScore))
            {
                best = (byte)t;
                bestScore = scores[t];
            }
        }
        return best;
    }

    internal static byte Repair(byte previous, byte tag) => EntityTagSet.Repair(previous, tag);

    /// <summary>Turns a BILOU tag sequence into spans: a name starts at B or U (or a stray I or L) and ends at L, U, O or another start.</summary>
    public static EntitySpan[] Spans(ReadOnlySpan<byte> tags)
    {
        var spans = new List<EntitySpan>();
        var start = -1;
        for (var i = 0; i <= tags.Length; i++)
        {
            var tag = i < tags.Length ? tags[i] : EntityTagSet.Outside;
            var continues = start >= 0 && EntityTagSet.IsContinuation(tag) && EntityTagSet.LabelOf(tags[start]) == EntityTagSet.LabelOf(tag)
                && EntityTagSet.IsOpen(tags[i - 1]);
            if (!continues && start >= 0)
            {
                spans.Add(new EntitySpan(new TokenRange(start, i), EntityTagSet.LabelOf(tags[start])));
                start = -1;
            }
            if (!continues && tag != EntityTagSet.Outside)
            {
                start = i;
            }
            if (start >= 0 && EntityTagSet.IsEnd(tag))
            {
                spans.Add(new EntitySpan(new TokenRange(start, i + 1), EntityTagSet.LabelOf(tags[start])));
                start = -1;
            }
        }
        return [.. spans];
    }

    public void Save(Stream stream) =>
        ModelFile.Save(stream, Kind, FormatVersion, w =>
        {
            Gazetteer.Write(w);
            Clusters.Write(w);
            Weights.Write(w);
            w.Write(Probe is not null);
            Probe?.Write(w);
        });

    public void Save(string path)
    {
        using var stream = File.Create(path);
        Save(stream);
    }

    public static EntityRecognizer Load(Stream stream, string location) =>
        ModelFile.Load(stream, Kind, FormatVersion, location, r => new EntityRecognizer(Gazetteer.Read(r), WordClusters.Read(r), EntityWeights.Read(r), r.ReadBoolean() ? TagProbe.Read(r) : null));

    public static EntityRecognizer Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream, path);
    }
}
