using System.Buffers;
using OnRecord.Nlp.Features;
using OnRecord.Nlp.Learning;

namespace OnRecord.Nlp.Tagging;

/// <summary>
/// Greedy left-to-right averaged-perceptron tagger (Collins 2002; the "sure tag" shortcut as in
/// Honnibal's tagger). Each decision picks one (UPOS, XPOS) class. Stateless apart from the immutable
/// model, so one instance serves every thread.
/// </summary>
public sealed class Tagger
{
    /// <param name="model">The weights.</param>
    /// <param name="clusters">The word lexicon the model was trained with; callers fill <see cref="WordFeatures.Class"/> from it.</param>
    public Tagger(TaggerModel model, Lexicon.WordClusters clusters)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(clusters);
        Models.ModelCompatibility.RequireClusters(model.ClustersIdentity, clusters, TaggerModel.Kind);
        Model = model;
        Clusters = clusters;
    }

    /// <summary>The shipped tagger with the shipped word lexicon.</summary>
    public static Tagger Shipped => new(TaggerModel.Shipped, Lexicon.WordClusters.Shipped);

    public TaggerModel Model { get; }

    public Lexicon.WordClusters Clusters { get; }

    /// <summary>Tags one sentence: writes a tag class per word to <paramref name="tags"/>.</summary>
    public void Predict(ReadOnlySpan<WordFeatures> words, Span<int> tags)
    {
        if (words.IsEmpty)
        {
            return;
        }
        var rented = words.Length > 256 ? ArrayPool<ulong>.Shared.Rent(words.Length) : null;
        var ambiguity = rented is null ? stackalloc ulong[words.Length] : rented.AsSpan(0, words.Length);
        var lexicon = Model.Lexicon;
        for (var i = 0; i < words.Length; i++)
        {
            ambiguity[i] = lexicon.AmbiguityClass(words[i]);
        }
        Span<ulong> features = stackalloc ulong[TaggerFeatures.Max];
        Span<float> scores = stackalloc float[Model.Tags.Count];
        int p1 = -1, p2 = -1;
        for (var i = 0; i < words.Length; i++)
        {
            if (!lexicon.TryGetSureTag(words[i], out var tag))
            {
                var n = TaggerFeatures.Extract(words, ambiguity, i, p1, p2, features);
                Model.Weights.Score(features[..n], scores);
                tag = ClassScores.ArgMax(scores);
            }
            tags[i] = tag;
            p2 = p1;
            p1 = tag;
        }
        if (rented is not null)
        {
            ArrayPool<ulong>.Shared.Return(rented);
        }
    }
}
