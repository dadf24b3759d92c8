using OnRecord.Nlp.Learning;
using OnRecord.Nlp.Models;

namespace OnRecord.Nlp.Tagging;

/// <summary>The tagger's data: tag set, lexicon and weights, with symmetric <see cref="Save"/>/<see cref="Load(Stream, string)"/>.</summary>
public sealed class TaggerModel
{
    public const string Kind = "tagger";
    public const int FormatVersion = 1;
    public const string FileName = "tagger.bin";

    private static readonly Lazy<TaggerModel> ShippedModel = new(() => Load(ModelDirectory.File(FileName)));

    public TaggerModel(TagSet tags, TagLexicon lexicon, FeatureWeights weights)
    {
        ArgumentNullException.ThrowIfNull(tags);
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.ClassCount != tags.Count)
        {
            throw new ArgumentException($"weights have {weights.ClassCount} classes, the tag set {tags.Count}", nameof(weights));
        }
        Tags = tags;
        Lexicon = lexicon;
        Weights = weights;
    }

    public TagSet Tags { get; }

    public TagLexicon Lexicon { get; }

    public FeatureWeights Weights { get; }

    /// <summary>The model shipped in <c>models/</c>, loaded once per process.</summary>
    public static TaggerModel Shipped => ShippedModel.Value;

    public void Save(Stream stream) => ModelFile.Save(stream, Kind, FormatVersion, w =>
    {
        Tags.Write(w);
        Lexicon.Write(w);
        Weights.Write(w);
    });

    public void Save(string path)
    {
        using var stream = File.Create(path);
        Save(stream);
    }

    public static TaggerModel Load(Stream stream, string location) => ModelFile.Load(stream, Kind, FormatVersion, location, r =>
    {
        var tags = TagSet.Read(r);
        var lexicon = TagLexicon.Read(r, tags.Count);
        var weights = FeatureWeights.Read(r);
        return new TaggerModel(tags, lexicon, weights);
    });

    public static TaggerModel Load(string path)
    {
        using var stream = ModelFile.OpenRead(path);
        return Load(stream, path);
    }
}
