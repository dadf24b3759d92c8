using OnRecord.Core.Documents;
using OnRecord.Nlp.Features;
using OnRecord.Nlp.Learning;

namespace OnRecord.Nlp.Parsing;

/// <summary>
/// What the parser reads of a sentence: per word the hashed lower-cased form and tag; index
/// <see cref="Length"/> holds the virtual root. Buffers grow and are reused, sentence after sentence.
/// </summary>
public sealed class ParserInput
{
    public static readonly ulong RootWord = FeatureHash.Of("<root>");
    public static readonly ulong RootTag = FeatureHash.Of("<ROOT>");

    public int Length { get; private set; }

    /// <summary>Normalised lower-case form hashes (<see cref="WordFeatures.Lower"/>).</summary>
    public ulong[] Words { get; private set; } = new ulong[65];

    /// <summary>Hash of (UPOS, XPOS).</summary>
    public ulong[] Tags { get; private set; } = new ulong[65];

    /// <summary>Hash of UPOS alone, a coarser back-off.</summary>
    public ulong[] Coarse { get; private set; } = new ulong[65];

    /// <summary>Word clusters (<see cref="Lexicon.WordClass"/>); unknown for the root.</summary>
    public Lexicon.WordClass[] Classes { get; private set; } = new Lexicon.WordClass[65];

    /// <summary>Punctuation words before each index (prefix counts; words must be <see cref="Set"/> in order).</summary>
    public int[] PunctuationBefore { get; private set; } = new int[66];

    /// <summary>Starts a sentence of <paramref name="length"/> words; fill each with <see cref="Set"/>.</summary>
    public void Reset(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        if (Words.Length < length + 1)
        {
            var capacity = Math.Max(length + 1, Words.Length * 2);
            Words = new ulong[capacity];
            Tags = new ulong[capacity];
            Coarse = new ulong[capacity];
            Classes = new Lexicon.WordClass[capacity];
            PunctuationBefore = new int[capacity + 1];
        }
        Length = length;
        Words[length] = RootWord;
        Tags[length] = RootTag;
        Coarse[length] = RootTag;
        Classes[length] = default;
        PunctuationBefore[0] = 0;
    }

    public void Set(int index, ulong lowerForm, Lexicon.WordClass wordClass, UniversalPos upos, string? xpos)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Length);
        Words[index] = lowerForm;
        Classes[index] = wordClass;
        Coarse[index] = (ulong)upos + 1;
        Tags[index] = TagHash(upos, xpos);
        PunctuationBefore[index + 1] = PunctuationBefore[index] + (upos == UniversalPos.PUNCT ? 1 : 0);
    }

    /// <summary>The UPOS a word was <see cref="Set"/> with.</summary>
    public UniversalPos Pos(int index) => (UniversalPos)(Coarse[index] - 1);

    /// <summary>Punctuation words strictly between two positions, capped at 3.</summary>
    public int PunctuationBetween(int left, int right) =>
        left < 0 || right <= left ? 0 : Math.Min(3, PunctuationBefore[Math.Min(right, Length)] - PunctuationBefore[left + 1]);

    public static ulong TagHash(UniversalPos upos, string? xpos) =>
        FeatureHash.Feature(0, (ulong)upos, xpos is null ? 0 : FeatureHash.Of(xpos));
}
