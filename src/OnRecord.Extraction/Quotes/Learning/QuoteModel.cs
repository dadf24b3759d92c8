using System.Collections.Frozen;
using OnRecord.Core.Pipeline;
using OnRecord.Nlp.Models;

namespace OnRecord.Extraction.Quotes.Learning;

/// <summary>
/// The trained attribution model: three linear models over hashed features (is this token a cue head;
/// which span is its content; which token is its speaker), the words seen heading cues in training, the
/// cue threshold tuned on development data, and the layers present when it was trained.
/// Saved in the shared <see cref="ModelFile"/> envelope with only non-zero weights.
/// </summary>
public sealed class QuoteModel
{
    public const string FileName = "quotes.model";
    private const string Kind = "onrecord.quotes";
    private const int FormatVersion = 2;

    internal QuoteModel(HashedWeights cue, HashedWeights span, HashedWeights speaker, IEnumerable<ulong> cueWords, CueThresholds thresholds, Layers trainedWith)
    {
        Cue = cue;
        Span = span;
        Speaker = speaker;
        CueWords = cueWords.ToFrozenSet();
        Thresholds = thresholds;
        TrainedWith = trainedWith;
    }

    internal HashedWeights Cue { get; }

    internal HashedWeights Span { get; }

    internal HashedWeights Speaker { get; }

    /// <summary>Hashes of the words that may head a cue: those seen doing so in training and the lexicon's.</summary>
    internal FrozenSet<ulong> CueWords { get; }

    /// <summary>Cue scores above which a token is taken as a cue.</summary>
    public CueThresholds Thresholds { get; internal set; }

    /// <summary>Turns what the finder saw into the confidence of an attribution; fitted on development data.</summary>
    internal ConfidenceCalibration Calibration { get; set; } = ConfidenceCalibration.Uncalibrated;

    /// <summary>Tags, parse and entities available to the model in training; without them its features are weaker.</summary>
    public Layers TrainedWith { get; }

    /// <summary>Number of non-zero weights over the three models.</summary>
    public int NonZeroWeights => Count(Cue) + Count(Span) + Count(Speaker);

    internal bool IsCandidate(QuoteContext ctx, int token) => IsCandidate(CueWords, ctx, token);

    /// <summary>A word may head a cue when it, or its lemma, is one of <paramref name="cueWords"/>.</summary>
    internal static bool IsCandidate(IReadOnlySet<ulong> cueWords, QuoteContext ctx, int token) =>
        cueWords.Contains(ctx.Hashes[token]) || cueWords.Contains(ctx.LemmaHash(token));

    public void Save(Stream stream) => ModelFile.Save(stream, Kind, FormatVersion, w =>
    {
        w.Write(Thresholds.Threshold);
        w.Write(Thresholds.WeakMargin);
        w.Write(Thresholds.NestedMargin);
        foreach (var weight in Calibration.Weights)
        {
            w.Write(weight);
        }
        w.Write((int)TrainedWith);
        w.Write(CueWords.Count);
        foreach (var word in CueWords.Order())
        {
            w.Write(word);
        }
        Write(w, Cue);
        Write(w, Span);
        Write(w, Speaker);
    });

    public void Save(string path)
    {
        using var stream = File.Create(path);
        Save(stream);
    }

    public static QuoteModel Load(Stream stream, string location) => ModelFile.Load(stream, Kind, FormatVersion, location, r =>
    {
        var thresholds = new CueThresholds(r.ReadSingle(), r.ReadSingle(), r.ReadSingle());
        var calibration = new float[ConfidenceCalibration.Size];
        for (var k = 0; k < calibration.Length; k++)
        {
            calibration[k] = r.ReadSingle();
        }
        var layers = (Layers)r.ReadInt32();
        var words = new ulong[r.ReadInt32()];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = r.ReadUInt64();
        }
        var cue = Read(r);
        var span = Read(r);
        var speaker = Read(r);
        return new QuoteModel(cue, span, speaker, words, thresholds, layers) { Calibration = new ConfidenceCalibration(calibration) };
    });

    public static QuoteModel Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream, Path.GetFileName(path));
    }

    private static void Write(BinaryWriter w, HashedWeights weights)
    {
        w.Write(weights.Bits);
        w.Write(Count(weights));
        var values = weights.Values;
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] != 0f)
            {
                w.Write(i);
                w.Write(values[i]);
            }
        }
    }

    private static HashedWeights Read(BinaryReader r)
    {
        var bits = r.ReadInt32();
        if (bits is < 8 or > 26)
        {
            throw new InvalidDataException($"weight table of 2^{bits} entries");
        }
        var values = new float[1 << bits];
        var count = r.ReadInt32();
        for (var k = 0; k < count; k++)
        {
            var index = r.ReadInt32();
            var value = r.ReadSingle();
            if ((uint)index >= (uint)values.Length)
            {
                throw new InvalidDataException($"weight index {index} outside the table");
            }
            values[index] = value;
        }
        return new HashedWeights(bits, values);
    }

    private static int Count(HashedWeights weights)
    {
        var n = 0;
        foreach (var v in weights.Values)
        {
            n += v != 0f ? 1 : 0;
        }
        return n;
    }
}
