using Microsoft.ML.OnnxRuntime;
using OnRecord.Core.Documents;
using OnRecord.Core.Errors;

namespace OnRecord.Nlp.Embeddings;

/// <summary>
/// Contextual token vectors from all-MiniLM-L6-v2 run with ONNX Runtime on the CPU: each sentence is cut into
/// word pieces aligned to our tokens, sentences of similar length are batched, and a token's vector is the mean
/// of its pieces' last hidden states (384 values). Thread-safe (ONNX Runtime sessions are); one session uses
/// every core.
/// </summary>
public sealed class MiniLmEncoder : IDisposable
{
    public const int Dimension = 384;

    /// <summary>The model's position table has 512 entries; two go to [CLS] and [SEP].</summary>
    private const int MaxPieces = 510;

    /// <summary>Pieces per batch (padding included): large enough to keep both cores busy, small enough for the cache.</summary>
    private const int BatchPieces = 4096;

    private static readonly Lazy<MiniLmEncoder> Shipped = new(() => Load());

    private readonly InferenceSession _session;
    private readonly WordPieceTokenizer _tokenizer;
    private readonly bool _takesTokenTypes;
    private readonly string _output;

    private MiniLmEncoder(InferenceSession session, WordPieceTokenizer tokenizer)
    {
        _session = session;
        _tokenizer = tokenizer;
        _takesTokenTypes = session.InputMetadata.ContainsKey("token_type_ids");
        _output = session.OutputMetadata.ContainsKey("last_hidden_state") ? "last_hidden_state" : session.OutputNames[0];
    }

    /// <summary>The encoder over the model beside the program, loaded once.</summary>
    public static MiniLmEncoder Default => Shipped.Value;

    /// <summary>Loads the model from <see cref="MiniLmResources"/>; <paramref name="threads"/> 0 means every core.</summary>
    public static MiniLmEncoder Load(string? path = null, int threads = 0)
    {
        var resources = MiniLmResources.Load(path);
        try
        {
            using var options = new SessionOptions
            {
                IntraOpNumThreads = threads > 0 ? threads : Environment.ProcessorCount,
                InterOpNumThreads = 1,
                GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
                ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            };
            return new MiniLmEncoder(new InferenceSession(resources.Model, options), new WordPieceTokenizer(resources.Vocabulary));
        }
        catch (OnnxRuntimeException e)
        {
            throw new OnRecordException(ErrorCode.ModelCorrupt, $"{resources.Location}: ONNX Runtime cannot load the MiniLM model ({e.Message})");
        }
    }

    /// <summary>A vector for every token of the document, sentence by sentence.</summary>
    public ContextualVectors Encode(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var sequences = new List<PieceSequence>();
        var pieces = new List<int>();
        foreach (var sentence in document.Sentences)
        {
            Cut(sentence.Start, sentence.End, i => text.AsSpan(document.TokenSpan[i].Start, document.TokenSpan[i].Length), pieces, sequences);
        }
        return Run(sequences, document.TokenCount);
    }

    /// <summary>A vector for every word of the given sentences, in order (for training on pre-tokenized corpora).</summary>
    public ContextualVectors Encode(IReadOnlyList<string[]> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var sequences = new List<PieceSequence>();
        var pieces = new List<int>();
        var first = 0;
        foreach (var words in sentences)
        {
            Cut(first, first + words.Length, i => words[i - first], pieces, sequences);
            first += words.Length;
        }
        return Run(sequences, first);
    }

    private delegate ReadOnlySpan<char> TokenText(int token);

    /// <summary>Turns tokens [start, end) into one or more sequences of at most <see cref="MaxPieces"/> pieces.</summary>
    private void Cut(int start, int end, TokenText textOf, List<int> pieces, List<PieceSequence> output)
    {
        pieces.Clear();
        var starts = new List<int>();
        var first = start;
        for (var i = start; i < end; i++)
        {
            var before = pieces.Count;
            _tokenizer.Encode(textOf(i), pieces);
            if (pieces.Count - before > MaxPieces)
            {
                pieces.RemoveRange(before + MaxPieces, pieces.Count - before - MaxPieces);
            }
            if (pieces.Count > MaxPieces)
            {
                var tail = pieces.GetRange(before, pieces.Count - before);
                pieces.RemoveRange(before, tail.Count);
                starts.Add(before);
                output.Add(new PieceSequence([.. pieces], [.. starts], first));
                pieces.Clear();
                pieces.AddRange(tail);
                starts.Clear();
                first = i;
                before = 0;
            }
            starts.Add(before);
        }
        if (end > first)
        {
            starts.Add(pieces.Count);
            output.Add(new PieceSequence([.. pieces], [.. starts], first));
        }
    }

    private ContextualVectors Run(List<PieceSequence> sequences, int tokenCount)
    {
        var output = new float[tokenCount * Dimension];
        var order = Enumerable.Range(0, sequences.Count).OrderBy(i => sequences[i].Pieces.Length).ToArray();
        var at = 0;
        while (at < order.Length)
        {
            // Sorted by length, so the last sequence taken is the longest and sets the padding.
            var count = 1;
            while (at + count < order.Length && (count + 1) * (sequences[order[at + count]].Pieces.Length + 2) <= BatchPieces)
            {
                count++;
            }
            RunBatch(sequences, order.AsSpan(at, count), output);
            at += count;
        }
        return new ContextualVectors(output, Dimension);
    }

    private void RunBatch(List<PieceSequence> sequences, ReadOnlySpan<int> batch, float[] output)
    {
        var width = sequences[batch[^1]].Pieces.Length + 2;
        var rows = batch.Length;
        var ids = new long[rows * width];
        var mask = new long[rows * width];
        for (var r = 0; r < rows; r++)
        {
            var s = sequences[batch[r]];
            var row = r * width;
            ids[row] = _tokenizer.Classifier;
            for (var p = 0; p < s.Pieces.Length; p++)
            {
                ids[row + 1 + p] = s.Pieces[p];
            }
            ids[row + 1 + s.Pieces.Length] = _tokenizer.Separator;
            for (var p = s.Pieces.Length + 2; p < width; p++)
            {
                ids[row + p] = _tokenizer.Padding;
            }
            mask.AsSpan(row, s.Pieces.Length + 2).Fill(1);
        }
        long[] shape = [rows, width];
        var names = new List<string> { "input_ids", "attention_mask" };
        var inputs = new List<OrtValue>
        {
            OrtValue.CreateTensorValueFromMemory(ids, shape),
            OrtValue.CreateTensorValueFromMemory(mask, shape),
        };
        if (_takesTokenTypes)
        {
            names.Add("token_type_ids");
            inputs.Add(OrtValue.CreateTensorValueFromMemory(new long[rows * width], shape));
        }
        try
        {
            using var runOptions = new RunOptions();
            using var results = _session.Run(runOptions, names, inputs, [_output]);
            var hidden = results[0].GetTensorDataAsSpan<float>();
            for (var r = 0; r < rows; r++)
            {
                var s = sequences[batch[r]];
                for (var t = 0; t < s.TokenCount; t++)
                {
                    var target = output.AsSpan((s.FirstToken + t) * Dimension, Dimension);
                    var from = s.TokenStarts[t];
                    var to = Math.Max(s.TokenStarts[t + 1], from + 1);
                    for (var p = from; p < to; p++)
                    {
                        var source = hidden.Slice(((r * width) + 1 + p) * Dimension, Dimension);
                        System.Numerics.Tensors.TensorPrimitives.Add(target, source, target);
                    }
                    System.Numerics.Tensors.TensorPrimitives.Multiply(target, 1f / (to - from), target);
                }
            }
        }
        finally
        {
            foreach (var input in inputs)
            {
                input.Dispose();
            }
        }
    }

    public void Dispose() => _session.Dispose();
}
