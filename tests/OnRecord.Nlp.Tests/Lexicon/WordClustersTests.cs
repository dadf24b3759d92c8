using OnRecord.Core.Errors;
using OnRecord.Nlp.Features;
using OnRecord.Nlp.Lexicon;
using OnRecord.Nlp.Lexicon.Training;

namespace OnRecord.Nlp.Tests.Lexicon;

public class WordClustersTests
{
    private static WordClass Of(string word) => WordClusters.Shipped.Of(WordFeatures.LowerHash(word));

    [Fact]
    public void Shipped_lexicon_round_trips_with_the_same_identity_and_classes()
    {
        var shipped = WordClusters.Shipped;
        using var stream = new MemoryStream();
        shipped.Save(stream);
        stream.Position = 0;
        var loaded = WordClusters.Load(stream, "memory");
        Assert.Equal(shipped.Count, loaded.Count);
        Assert.Equal(shipped.Identity, loaded.Identity);
        foreach (var word in new[] { "minister", "said", "paris", "zzqx" })
        {
            Assert.Equal(shipped.Of(WordFeatures.LowerHash(word)), loaded.Of(WordFeatures.LowerHash(word)));
        }
    }

    [Fact]
    public void Words_that_behave_alike_share_coarse_clusters_more_than_unrelated_words()
    {
        Assert.True(Of("monday").HasCluster);
        Assert.Equal(Of("monday").Coarse, Of("thursday").Coarse);
        Assert.NotEqual(Of("monday").Fine, Of("quickly").Fine);
    }

    [Fact]
    public void Dictionary_spelling_tells_names_from_common_words()
    {
        Assert.Equal(DictionaryCase.Lower, Of("table").Case);
        Assert.Equal(DictionaryCase.Capitalized, Of("Belgrade").Case);
        Assert.Equal(DictionaryCase.Absent, Of("qwzxv").Case);
        Assert.False(Of("qwzxv").HasCluster);
    }

    [Fact]
    public void Clusters_nest_each_fine_class_inside_one_medium_class()
    {
        var built = Build(seed: 1);
        var mediumOfFine = new Dictionary<int, int>();
        foreach (var word in Words)
        {
            var c = built.Of(WordFeatures.LowerHash(word));
            Assert.True(c.HasCluster, word);
            Assert.Equal(mediumOfFine.GetValueOrDefault(c.Fine, c.Medium), c.Medium);
            mediumOfFine[c.Fine] = c.Medium;
        }
    }

    [Fact]
    public void Building_is_deterministic_for_a_seed()
    {
        Assert.Equal(Build(seed: 3).Identity, Build(seed: 3).Identity);
    }

    [Fact]
    public void Word_pieces_split_greedily_longest_first()
    {
        var vocabulary = new WordPieceVocabulary(["[UNK]", "zind", "z", "##ind", "##lies", "##l", "##ies"]);
        var ids = new List<int>();
        Assert.True(vocabulary.TrySplit("zindlies", ids));
        Assert.Equal([1, 4], ids);
        Assert.False(vocabulary.TrySplit("q", ids));
    }

    [Fact]
    public void A_damaged_lexicon_file_is_a_coded_error()
    {
        using var stream = new MemoryStream();
        WordClusters.Shipped.Save(stream);
        var bytes = stream.ToArray()[..(int)(stream.Length / 2)];
        var e = Assert.Throws<OnRecordException>(() => WordClusters.Load(new MemoryStream(bytes), "half.bin"));
        Assert.Equal(ErrorCode.ModelCorrupt, e.Code);
    }

    private static readonly string[] Words = ["red", "blue", "green", "run", "walk", "jump", "paris", "london", "rome"];

    /// <summary>A tiny embedding table: colours, verbs and cities point in three directions.</summary>
    private static WordClusters Build(int seed)
    {
        var pieces = new List<string>(Words) { "##s" };
        var width = 4;
        var table = new float[pieces.Count * width];
        for (var i = 0; i < Words.Length; i++)
        {
            table[i * width + i / 3] = 1f;
            table[i * width + 3] = 0.1f * i;
        }
        table[Words.Length * width + 3] = 1f;
        return WordClusterBuilder.Build(table, new WordPieceVocabulary(pieces), ["Paris", "red"], ["Runs"],
            new WordClusterBuilder.Options { Seed = seed, Iterations = 5, FineCount = 6 });
    }
}
