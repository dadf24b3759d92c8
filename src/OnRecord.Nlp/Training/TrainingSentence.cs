using OnRecord.Core.Documents;
using OnRecord.Nlp.Corpora;
using OnRecord.Nlp.Features;

namespace OnRecord.Nlp.Training;

/// <summary>One gold sentence prepared for training: forms, tags, lemmas and a 0-based tree (−1 = root).</summary>
public sealed class TrainingSentence
{
    public required string[] Forms { get; init; }

    public required UniversalPos[] Upos { get; init; }

    public required string[] Xpos { get; init; }

    public required string[] Lemmas { get; init; }

    /// <summary>Head of each word, 0-based; −1 for the root.</summary>
    public required int[] Heads { get; init; }

    public required string[] Deprels { get; init; }

    /// <summary>Lexical features of each word, computed once.</summary>
    public required WordFeatures[] Words { get; init; }

    public int Length => Forms.Length;

    public static TrainingSentence From(ConlluSentence sentence, Lexicon.WordClusters? clusters = null)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var words = sentence.Words;
        var n = words.Count;
        var s = new TrainingSentence
        {
            Forms = new string[n],
            Upos = new UniversalPos[n],
            Xpos = new string[n],
            Lemmas = new string[n],
            Heads = new int[n],
            Deprels = new string[n],
            Words = new WordFeatures[n],
        };
        var spaceAfter = SpaceAfter(sentence);
        for (var i = 0; i < n; i++)
        {
            var w = words[i];
            s.Forms[i] = w.Form;
            s.Upos[i] = UniversalPosNames.TryParse(w.Upos, out var pos) ? pos : UniversalPos.X;
            s.Xpos[i] = string.Intern(w.Xpos);
            s.Lemmas[i] = w.Lemma;
            s.Heads[i] = w.Head - 1;
            s.Deprels[i] = string.Intern(w.Deprel);
            s.Words[i] = WordFeatures.Of(w.Form);
            s.Words[i].Class = clusters?.Of(s.Words[i].Lower) ?? default;
            s.Words[i].SetSpacing(i == 0 || spaceAfter[i - 1], spaceAfter[i]);
        }
        return s;
    }

    /// <summary>Whether whitespace follows each word: the words inside a multiword token ("do|n't") have none.</summary>
    private static bool[] SpaceAfter(ConlluSentence sentence)
    {
        var words = sentence.Words;
        var spaceAfter = new bool[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            spaceAfter[i] = words[i].SpaceAfter;
        }
        foreach (var mwt in sentence.Multiwords)
        {
            for (var id = mwt.First; id <= mwt.Last; id++)
            {
                var index = words.FindIndex(w => w.Id == id);
                if (index >= 0)
                {
                    spaceAfter[index] = id == mwt.Last && mwt.SpaceAfter;
                }
            }
        }
        return spaceAfter;
    }
}
