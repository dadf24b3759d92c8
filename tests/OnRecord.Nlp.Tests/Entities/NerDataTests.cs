using OnRecord.Core.Annotations;
using OnRecord.Core.Errors;
using OnRecord.Nlp.Corpora;
using OnRecord.Nlp.Entities;
using OnRecord.Nlp.Entities.Training;
using OnRecord.Nlp.Evaluation;

namespace OnRecord.Nlp.Tests.Entities;

public class NerDataTests
{
    [Fact]
    public void Iob1_and_iob2_give_the_same_spans()
    {
        var iob1 = IobReader.Read(["The I-ORG", "Kremlin I-ORG", "and O", "Russia I-LOC", "Federation I-LOC", "Moscow B-LOC", ". O"], "iob1");
        var iob2 = IobReader.Read(["The B-ORG", "Kremlin I-ORG", "and O", "Russia B-LOC", "Federation I-LOC", "Moscow B-LOC", ". O"], "iob2");
        Assert.Equal(iob2[0].Mentions, iob1[0].Mentions);
        Assert.Equal([(0, 2, "ORG"), (3, 5, "LOC"), (5, 6, "LOC")], iob2[0].Mentions);
    }

    [Fact]
    public void Universal_ner_layout_and_documents_are_read()
    {
        string[] lines =
        [
            "# newdoc id = a", "# sent_id = a-1", "# text = Ask Maria.", "1\tAsk\tO\t-\t-", "2\tMaria\tB-PER\t-\tx", "3\t.\tO\t-\t-", "",
            "# sent_id = a-2", "1\tOk\tO\t-\t-", "", "# newdoc id = b", "1\tParis\tB-LOC\t-\tx",
        ];
        var sentences = IobReader.Read(lines, "uner");
        Assert.Equal(3, sentences.Count);
        Assert.Equal([true, false, true], sentences.Select(s => s.NewDocument));
        Assert.Equal([(1, 2, "PER")], sentences[0].Mentions);
    }

    [Fact]
    public void Conll_2003_columns_take_the_last_tag_and_docstart_splits_documents()
    {
        var sentences = IobReader.Read(["-DOCSTART- -X- -X- O", "", "1996 CD I-NP O", "EU NNP B-NP B-ORG", "", "-DOCSTART- -X- -X- O", "", "Bonn NNP I-NP I-LOC"], "conll");
        Assert.Equal(2, sentences.Count);
        Assert.Equal([(1, 2, "ORG")], sentences[0].Mentions);
        Assert.True(sentences[1].NewDocument);
    }

    [Fact]
    public void Malformed_tag_is_a_coded_error()
    {
        var e = Assert.Throws<OnRecordException>(() => IobReader.Read(["word X-PER"], "bad.iob"));
        Assert.Equal(ErrorCode.MalformedGoldFile, e.Code);
        Assert.Contains("bad.iob:1", e.Message);
    }

    [Fact]
    public void Evaluator_counts_exact_spans_and_maps_labels()
    {
        var gold = new List<RawNerSentence> { new(["a", "b", "c", "d"], [(0, 2, "PER"), (2, 3, "LOC"), (3, 4, "MISC")], true) };
        var predicted = new List<List<(int, int, string)>> { new() { (0, 2, "PERSON"), (2, 3, "GPE"), (3, 4, "NORP") } };
        var scores = NerEvaluator.Score(gold, predicted);
        Assert.True(scores.ConllStyleGold);
        Assert.Equal(new PrfCounts(2, 2, 2), scores.Mapped);
        Assert.Equal(new PrfCounts(1, 1, 1), scores.MappedByLabel["LOC"]);
        var wrongSpan = NerEvaluator.Score(gold, [new() { (0, 1, "PERSON") }]);
        Assert.Equal(new PrfCounts(0, 1, 2), wrongSpan.Mapped);
    }

    [Fact]
    public void Gum_named_mentions_become_flat_ontonotes_spans_without_titles()
    {
        // Our own sentence in GUM's CoNLL-U entity notation: a person mention with a role, nested organisation.
        string[] lines =
        [
            "# newdoc id = t",
            "# text = Kremlin spokesman Dmitry Peskov met Russian students .",
            "1\tKremlin\tKremlin\tPROPN\tNNP\t_\t2\tcompound\t_\tEntity=(1-person-new-nnnnn-cf1-4-sgl(2-organization-new-nnnnn-cf2-1-sgl-Moscow_Kremlin)",
            "2\tspokesman\tspokesman\tNOUN\tNN\t_\t4\tcompound\t_\t_",
            "3\tDmitry\tDmitry\tPROPN\tNNP\t_\t4\tflat\t_\t_",
            "4\tPeskov\tPeskov\tPROPN\tNNP\t_\t5\tnsubj\t_\tEntity=1)",
            "5\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_",
            "6\tRussian\tRussian\tADJ\tJJ\t_\t7\tamod\t_\tEntity=(3-person-new-nnnnn-cf3-2-sgl",
            "7\tstudents\tstudent\tNOUN\tNNS\t_\t5\tobj\t_\tEntity=3)",
            "8\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_",
            "",
        ];
        var reader = new GumEntityReader(new LabelMapper(EntityRecognizer.Default.Gazetteer));
        var sentence = reader.Convert(ConlluReader.ReadLines(lines, "t").Single());
        Assert.Equal(
            [new GoldMention(0, 1, EntityLabel.ORG), new GoldMention(2, 4, EntityLabel.PERSON), new GoldMention(5, 6, EntityLabel.NORP)],
            sentence.Mentions);
    }

    [Fact]
    public void Perceptron_learns_a_toy_task_deterministically()
    {
        var gazetteer = new GazetteerBuilder().Add("Mr", GazetteerCategory.Honorific).Build();
        var sentences = new List<NerSentence>();
        string[] names = ["Okafor", "Lindqvist", "Haverbrook", "Mensah", "Varga", "Tanaka"];
        string[] places = ["Ankara", "Lagos", "Quito", "Hanoi", "Riga", "Oslo"];
        foreach (var n in names)
        {
            foreach (var p in places)
            {
                sentences.Add(new NerSentence(["Mr", n, "flew", "to", p, "."], [new GoldMention(1, 2, EntityLabel.PERSON), new GoldMention(4, 5, EntityLabel.GPE)], true));
            }
        }
        var options = new NerTrainingOptions { Epochs = 3, Seed = 5, LowerCaseCopies = 0, UpperCaseCopies = 0 };
        EntityRecognizer Train() => NerTrainingRecipe.Train(options, gazetteer, WordClusters.Empty, sentences, (_, _, _) => { }, _ => false);
        var first = Train();
        var example = NerExample.Build([new NerSentence(["Mr", "Varga", "flew", "to", "Riga", "."], [], true)], "x");
        Assert.Equal([new EntitySpan(new(1, 2), EntityLabel.PERSON), new EntitySpan(new(4, 5), EntityLabel.GPE)], first.Predict(example.Document));
        using var a = new MemoryStream();
        using var b = new MemoryStream();
        first.Save(a);
        Train().Save(b);
        Assert.Equal(a.ToArray(), b.ToArray());
    }
}
