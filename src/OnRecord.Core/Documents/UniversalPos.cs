namespace OnRecord.Core.Documents;

/// <summary>Universal Dependencies part-of-speech tags (UPOS). <see cref="None"/> means not tagged.</summary>
public enum UniversalPos : byte
{
    None = 0,
    ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X,
}

public static class UniversalPosNames
{
    private static readonly string[] Names = Enum.GetNames<UniversalPos>();

    /// <summary>The UD name of a tag, or null for <see cref="UniversalPos.None"/>.</summary>
    public static string? Name(this UniversalPos pos) => pos == UniversalPos.None ? null : Names[(int)pos];

    public static bool TryParse(ReadOnlySpan<char> name, out UniversalPos pos)
    {
        for (var i = 1; i < Names.Length; i++)
        {
            if (name.SequenceEqual(Names[i]))
            {
                pos = (UniversalPos)i;
                return true;
            }
        }
        pos = UniversalPos.None;
        return false;
    }
}
