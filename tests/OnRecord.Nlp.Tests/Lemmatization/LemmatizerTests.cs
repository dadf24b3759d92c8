using OnRecord.Nlp.Lemmatization;
using OnRecord.Nlp.Training;
using OnRecord.Tests.Common;

namespace OnRecord.Nlp.Tests.Lemmatization;

public class LemmatizerTests
{
    [Theory]
    [InlineData("was", "VBD", "be")]
    [InlineData("Was", "VBD", "be")]
    [InlineData("children", "NNS", "child")]
    [InlineData("said", "VBD", "say")]
    [InlineData("n't", "RB", "not")]
    [InlineData("n’t", "RB", "not")]
    [InlineData("Countries", "NNS", "country")]
    [InlineData("Obama", "NNP", "Obama")]
    [InlineData("The", "DT", "the")]
    [InlineData("larger", "JJR", "large")]
    // Words no treebank has: the suffix rules decide.
    [InlineData("snorked", "VBD", "snork")]
    [InlineData("zindlies", "NNS", "zindly")]
    [InlineData("blorfing", "VBG", "blorf")]
    [InlineData("Dorvaks", "NNPS", "Dorvak")]
    public void Lemmatizes_known_and_unknown_words(string form, string xpos, string lemma)
    {
        Assert.Equal(lemma, Lemmatizer.Shipped.Lemmatize(form, xpos));
    }

    [Fact]
    public void Round_trip_gives_identical_lemmas()
    {
        using var stream = new MemoryStream();
        Lemmatizer.Shipped.Save(stream);
        stream.Position = 0;
        var loaded = Lemmatizer.Load(stream, "memory");
        var dev = TrainingCorpus.Load([TestPaths.SharedFile("corpora", "gum-open", "en_gum-open-dev.conllu")]);
        foreach (var s in dev)
        {
            for (var i = 0; i < s.Length; i++)
            {
                Assert.Equal(Lemmatizer.Shipped.Lemmatize(s.Forms[i], s.Xpos[i]), loaded.Lemmatize(s.Forms[i], s.Xpos[i]));
            }
        }
    }

    [Fact]
    public void Edits_are_the_shortest_way_from_form_to_lemma()
    {
        Assert.Equal(new LemmaEdit(true, 1, ""), LemmaEdit.Between("Cars", "car"));
        Assert.Equal(new LemmaEdit(true, 3, "be"), LemmaEdit.Between("was", "be"));
        Assert.Equal(LemmaEdit.Identity, LemmaEdit.Between("Obama", "Obama"));
        Assert.Equal("car", LemmaEdit.Between("Cars", "car").Apply("CARS"));
    }
}
