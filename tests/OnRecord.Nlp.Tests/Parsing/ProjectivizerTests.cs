using OnRecord.Nlp.Training;
using OnRecord.Tests.Common;

namespace OnRecord.Nlp.Tests.Parsing;

public class ProjectivizerTests
{
    [Fact]
    public void A_crossing_arc_is_lifted_to_the_heads_head()
    {
        // A(0) hearing(1) is(2) scheduled(3) on(4) the(5) issue(6) today(7): "issue" modifies "hearing" across "scheduled".
        int[] heads = [1, 3, 3, -1, 6, 6, 1, 3];
        Assert.False(Projectivizer.IsProjective(heads));
        var lifted = Projectivizer.Lift(heads);
        Assert.True(Projectivizer.IsProjective(lifted));
        Assert.Equal(3, lifted[6]);
    }

    [Fact]
    public void Projective_trees_are_left_alone()
    {
        int[] heads = [1, 2, -1, 4, 2];
        Assert.Equal(heads, Projectivizer.Lift(heads));
    }

    [Fact]
    public void Every_training_tree_becomes_projective_and_keeps_one_root()
    {
        var sentences = TrainingCorpus.Load([TestPaths.SharedFile("corpora", "ud-english-ewt", "en_ewt-ud-dev.conllu")]);
        Assert.Contains(sentences, s => !Projectivizer.IsProjective(s.Heads));
        foreach (var s in sentences)
        {
            var lifted = Projectivizer.Lift(s.Heads);
            Assert.True(Projectivizer.IsProjective(lifted));
            Assert.Equal(1, lifted.Count(h => h < 0));
        }
    }
}
