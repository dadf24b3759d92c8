using OnRecord.Core.Documents;
using OnRecord.Nlp.Features;
using OnRecord.Nlp.Learning;
using OnRecord.Nlp.Parsing;

namespace OnRecord.Nlp.Tests.Parsing;

public class SubjectRepairTests
{
    private static readonly string[] Labels = ["appos", "nsubj", "obj", "punct", "root"];

    private static readonly ParserModel Model = new(Labels, FeatureWeights.Build(3, [], []), FeatureWeights.Build(Labels.Length, [], []), clustersIdentity: 0);

    private static (int[] Heads, string[] Deps) Repair(string[] words, int[] heads, string[] deps)
    {
        var input = new ParserInput();
        input.Reset(words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            input.Set(i, WordFeatures.LowerHash(words[i]), default, words[i] == "," ? UniversalPos.PUNCT : UniversalPos.NOUN, null);
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
    public void Subjects_not_separated_by_a_comma_are_left_alone()
    {
        int[] heads = [2, 2, -1];
        var (repaired, deps) = Repair(["minister", "Hrytsenko", "said"], [.. heads], ["nsubj", "nsubj", "root"]);
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
