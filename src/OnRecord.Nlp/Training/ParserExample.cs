using OnRecord.Nlp.Parsing;

namespace OnRecord.Nlp.Training;

/// <summary>A sentence as the parser trainer uses it: word hashes, (predicted) tags, and the gold tree.</summary>
public sealed class ParserExample
{
    public ParserExample(TrainingSentence sentence, PredictedTags tags, IReadOnlyDictionary<string, int> labelIds, bool projectivize)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(tags);
        ArgumentNullException.ThrowIfNull(labelIds);
        Sentence = sentence;
        Tags = tags;
        Heads = projectivize ? Projectivizer.Lift(sentence.Heads) : sentence.Heads;
        Labels = new int[sentence.Length];
        for (var i = 0; i < Labels.Length; i++)
        {
            Labels[i] = labelIds.TryGetValue(sentence.Deprels[i], out var id) ? id : -1;
        }
    }

    public TrainingSentence Sentence { get; }

    public PredictedTags Tags { get; }

    /// <summary>Gold heads, 0-based, −1 for the root (lifted to projective for training examples).</summary>
    public int[] Heads { get; }

    /// <summary>Gold label ids; −1 for a label the model does not know.</summary>
    public int[] Labels { get; }

    public int Length => Sentence.Length;

    public void Fill(ParserInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        input.Reset(Length);
        for (var i = 0; i < Length; i++)
        {
            input.Set(i, Sentence.Words[i].Lower, Sentence.Words[i].Class, Tags.Upos[i], Tags.Xpos[i]);
        }
    }

    /// <summary>Gold heads in the parser's numbering: the root word's head is the virtual root, index <see cref="Length"/>.</summary>
    public int[] OracleHeads()
    {
        var heads = new int[Length];
        for (var i = 0; i < Length; i++)
        {
            heads[i] = Heads[i] < 0 ? Length : Heads[i];
        }
        return heads;
    }
}
