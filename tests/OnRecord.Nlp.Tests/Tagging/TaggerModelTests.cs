using OnRecord.Core.Documents;
using OnRecord.Nlp.Features;
using OnRecord.Nlp.Lexicon;
using OnRecord.Nlp.Tagging;
using OnRecord.Nlp.Training;
using OnRecord.Tests.Common;

namespace OnRecord.Nlp.Tests.Tagging;

public class TaggerModelTests
{
    private static readonly List<TrainingSentence> Dev =
        TrainingCorpus.Load([TestPaths.SharedFile("corpora", "ud-english-ewt", "en_ewt-ud-dev.conllu")], WordClusters.Shipped).Take(300).ToList();

    private static List<int[]> Tags(TaggerModel model)
    {
        var tagger = new Tagger(model, WordClusters.Shipped);
        return Dev.Select(s =>
        {
            var tags = new int[s.Length];
            tagger.Predict(s.Words, tags);
            return tags;
        }).ToList();
    }

    private static WordFeatures[] Words(string sentence) => sentence.Split(' ').Select(w =>
    {
        var f = WordFeatures.Of(w);
        f.Class = WordClusters.Shipped.Of(f.Lower);
        return f;
    }).ToArray();

    [Fact]
    public void A_tagger_refuses_a_word_lexicon_it_was_not_trained_with()
    {
        var e = Assert.Throws<OnRecord.Core.Errors.OnRecordException>(() => new Tagger(TaggerModel.Shipped, WordClusters.Empty));
        Assert.Equal(OnRecord.Core.Errors.ErrorCode.ModelCorrupt, e.Code);
    }

    [Theory]
    [InlineData("Officials in Zanbrovia counted the votes .", 2, UniversalPos.PROPN)]
    [InlineData("Crews repaired the pipeline near Kelowna on Tuesday .", 5, UniversalPos.PROPN)]
    [InlineData("Tegucigalpa announced new rules on Monday .", 0, UniversalPos.PROPN)]
    public void Unseen_place_names_are_proper_nouns(string sentence, int index, UniversalPos upos)
    {
        var tagger = Tagger.Shipped;
        var words = Words(sentence);
        var tags = new int[words.Length];
        tagger.Predict(words, tags);
        Assert.Equal(upos, tagger.Model.Tags.Upos(tags[index]));
    }

    [Fact]
    public void Shipped_tagger_round_trips_with_identical_tags()
    {
        var model = TaggerModel.Shipped;
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = TaggerModel.Load(stream, "memory");
        Assert.Equal(Tags(model), Tags(loaded));
        Assert.Equal(model.Tags.Count, loaded.Tags.Count);
    }

    [Theory]
    [InlineData("The minister said talks would resume .", 2, UniversalPos.VERB, "VBD")]
    [InlineData("The minister said talks would resume .", 4, UniversalPos.AUX, "MD")]
    [InlineData("She has n't decided yet .", 2, UniversalPos.PART, "RB")]
    [InlineData("Officials in Nairobi counted the votes .", 2, UniversalPos.PROPN, "NNP")]
    [InlineData("He said that the plan was fair .", 2, UniversalPos.SCONJ, "IN")]
    public void Tags_plain_sentences(string sentence, int index, UniversalPos upos, string xpos)
    {
        var tagger = Tagger.Shipped;
        var words = Words(sentence);
        var tags = new int[words.Length];
        tagger.Predict(words, tags);
        Assert.Equal(upos, tagger.Model.Tags.Upos(tags[index]));
        Assert.Equal(xpos, tagger.Model.Tags.Xpos(tags[index]));
    }

    [Fact]
    public void Curly_apostrophes_tag_like_straight_ones()
    {
        var tagger = Tagger.Shipped;
        int[] Tag(string s)
        {
            var words = Words(s);
            var tags = new int[words.Length];
            tagger.Predict(words, tags);
            return tags;
        }
        Assert.Equal(Tag("We do n't know , he said ."), Tag("We do n’t know , he said ."));
    }
}
