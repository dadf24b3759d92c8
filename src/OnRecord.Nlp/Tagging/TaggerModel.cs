using OnRecord.Nlp.Learning;
using OnRecord.Nlp.Models;

namespace OnRecord.Nlp.Tagging;

/// <summary>The tagger's data: tag set, tag lexicon, weights and the identity of the word lexicon its features read, with symmetric <see cref="Save"/>/<see cref="Load(Stream, string)"/>.</summary>
public sealed class TaggerModel
{
    public const string Kind = "tagger";
    public const int FormatVersion = 2;
    public const string FileName = "tagger.bin";

    private static readonly Lazy<TaggerModel> ShippedModel = new(() => Load(ModelDirectory.File(FileName)));

    public TaggerModel(TagSet tags, TagLexicon lexicon, FeatureWeights weights, ulong clustersIdentity)
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
        ClustersIdentity = clustersIdentity;
    }

    /// <summary>The <see cref="Lexicon.WordClusters.Identity"/> of the word lexicon the model was trained with.</summary>
    public ulong ClustersIdentity { get; }

    public TagSet Tags { get; }

    public TagLexicon Lexicon { get; }

    public FeatureWeights Weights { get; }

    /// <summary>The model shipped in <c>models/</c>, loaded once per process.</summary>
    public static TaggerModel Shipped => ShippedModel.Value;

    public void Save(Stream stream) => ModelFile.Save(stream, Kind, FormatVersion, w =>
    {
        w.Write(ClustersIdentity);
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
        var clustersIdentity = r.ReadUInt64();
        var tags = TagSet.Read(r);
        var lexicon = TagLexicon.Read(r, tags.Count);
        var weights = FeatureWeights.Read(r);
        return new TaggerModel(tags, lexicon, weights, clustersIdentity);
    });

    public static TaggerModel Load(string path)
    {
        using var stream = ModelFile.OpenRead(path);
        return Load(stream, path);
    }
}
