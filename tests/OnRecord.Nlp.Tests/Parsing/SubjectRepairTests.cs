using OnRecord.Core.Documents;
using OnRecord.Nlp.Features;
using OnRecord.Nlp.Learning;
using OnRecord.Nlp.Parsing;

namespace OnRecord.Nlp.Tests.Parsing;

public class SubjectRepairTests
{
    private static readonly string[] Labels = ["appos", "nmod:desc", "nsubj", "obj", "punct", "root", "compound", "flat", "aux"];

    private static readonly ParserModel Model = new(Labels, FeatureWeights.Build(3, [], []), FeatureWeights.Build(Labels.Length, [], []), clustersIdentity: 0);

    private static (int[] Heads, string[] Deps) Repair(string[] words, int[] heads, string[] deps)
    {
        var input = new ParserInput();
        input.Reset(words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            var pos = words[i] == "," ? UniversalPos.PUNCT : char.IsUpper(words[i][0]) ? UniversalPos.PROPN : UniversalPos.NOUN;
            input.Set(i, WordFeatures.LowerHash(words[i]), default, pos, null);
        }
        var labels = deps.Select(d => Array.IndexOf(Labels, d)).ToArray();
        SubjectRepair.Apply(input, heads, labels, Model);
        return (heads, labels.Select(l => Labels[l]).ToArray());
    }

    [Fact]
    public void A_second_subject_after_a_comma_becomes_an_apposition_of_the_first()
    {
        // minister , Hrytsenko , said
        var (heads, deps) = Repair(["minister", ",", "Hrytsenko", ",", "said"], [4, 0, 4, 2, -1], ["nsubj", "punct", "nsubj", "punct", "root"]);
        Assert.Equal([4, 2, 0, 2, -1], heads);
        Assert.Equal(["nsubj", "punct", "appos", "punct", "root"], deps);
    }

    [Fact]
    public void Opposition_leader_Samuel_Otieno_had_said_has_one_subject()
    {
        // Opposition leader Samuel Otieno had said: the greedy parser made "leader" and "Samuel" both subjects.
        var (heads, deps) = Repair(["opposition", "leader", "Samuel", "Otieno", "had", "said"], [1, 5, 5, 2, 5, -1], ["compound", "nsubj", "nsubj", "flat", "aux", "root"]);
        Assert.Equal([1, 2, 5, 2, 5, -1], heads);
        Assert.Equal(["compound", "nmod:desc", "nsubj", "flat", "aux", "root"], deps);
    }

    [Fact]
    public void Common_noun_subjects_not_separated_by_a_comma_are_left_alone()
    {
        int[] heads = [2, 2, -1];
        var (repaired, deps) = Repair(["minister", "officials", "said"], [.. heads], ["nsubj", "nsubj", "root"]);
        Assert.Equal(heads, repaired);
        Assert.Equal(["nsubj", "nsubj", "root"], deps);
    }

    [Fact]
    public void A_single_subject_is_left_alone()
    {
        var (heads, deps) = Repair(["minister", ",", "said", "it"], [2, 2, -1, 2], ["nsubj", "punct", "root", "obj"]);
        Assert.Equal([2, 2, -1, 2], heads);
        Assert.Equal(["nsubj", "punct", "root", "obj"], deps);
    }
}
