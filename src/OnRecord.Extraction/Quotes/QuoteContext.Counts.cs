namespace OnRecord.Extraction.Quotes;

/// <summary>Running counts over the tokens, so that features can ask what lies between two tokens in constant time.</summary>
internal sealed partial class QuoteContext
{
    /// <summary>Number of tokens before <paramref name="i"/> that are commas, quotation marks, or cue words: for counting what lies between two tokens.</summary>
    public int CommasBefore(int i) => Prefix().Commas[Math.Clamp(i, 0, Count)];

    public int MarksBefore(int i) => Prefix().Marks[Math.Clamp(i, 0, Count)];

    public int CuesBefore(int i) => Prefix().Cues[Math.Clamp(i, 0, Count)];

    /// <summary>", adding …", ", saying …": participle cues after a comma, before <paramref name="i"/>.</summary>
    public int ParticiplesBefore(int i) => Prefix().Participles[Math.Clamp(i, 0, Count)];

    /// <summary>Clause joints before <paramref name="i"/>: "but", "while", ";" and "and" before a verb-like word.</summary>
    public int JointsBefore(int i) => Prefix().Joints[Math.Clamp(i, 0, Count)];

    private (int[] Commas, int[] Marks, int[] Cues, int[] Joints, int[] Participles)? _prefix;

    private (int[] Commas, int[] Marks, int[] Cues, int[] Joints, int[] Participles) Prefix()
    {
        if (_prefix is { } prefix)
        {
            return prefix;
        }
        var commas = new int[Count + 1];
        var marks = new int[Count + 1];
        var cues = new int[Count + 1];
        var joints = new int[Count + 1];
        var participles = new int[Count + 1];
        for (var i = 0; i < Count; i++)
        {
            var participle = i > 0 && (Shapes[i - 1] & WordShape.Comma) != 0 && Lexicon.CueLexicon.TryGet(Word(i), out var cue) && cue.IsParticiple;
            participles[i + 1] = participles[i] + (participle ? 1 : 0);
            commas[i + 1] = commas[i] + ((Shapes[i] & WordShape.Comma) != 0 ? 1 : 0);
            marks[i + 1] = marks[i] + ((Shapes[i] & (WordShape.OpenMark | WordShape.CloseMark)) != 0 ? 1 : 0);
            cues[i + 1] = cues[i] + (Lexicon.CueLexicon.Contains(Word(i)) ? 1 : 0);
            joints[i + 1] = joints[i] + (IsJoint(i) ? 1 : 0);
        }
        _prefix = (commas, marks, cues, joints, participles);
        return _prefix.Value;
    }

    private bool IsJoint(int i)
    {
        var w = Word(i);
        if (w is ";" || w.Equals("but", StringComparison.OrdinalIgnoreCase) || w.Equals("while", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        if (!w.Equals("and", StringComparison.OrdinalIgnoreCase) || i + 1 >= Count)
        {
            return false;
        }
        var next = Word(i + 1);
        return Lexicon.CueLexicon.Contains(next) || next.EndsWith("ed", StringComparison.Ordinal) || next.Equals("that", StringComparison.OrdinalIgnoreCase);
    }
}
