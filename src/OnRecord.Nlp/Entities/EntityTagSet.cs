using OnRecord.Core.Annotations;

namespace OnRecord.Nlp.Entities;

/// <summary>
/// The BILOU tag set over <see cref="EntityLabel"/>: tag 0 is O, then Begin, Inside, Last and Unit for each
/// label. Marking a name's last token and one-token names separately lets a greedy tagger decide where a name
/// ends when it is at that token, which plain BIO leaves to the next token. A tag is a byte.
/// </summary>
public static class EntityTagSet
{
    public const byte Outside = 0;

    private const int PerLabel = 4;

    public static readonly int LabelCount = Enum.GetValues<EntityLabel>().Length;

    public static readonly int Count = 1 + (PerLabel * LabelCount);

    public static byte Begin(EntityLabel label) => (byte)(1 + (PerLabel * (int)label));

    public static byte Inside(EntityLabel label) => (byte)(2 + (PerLabel * (int)label));

    public static byte Last(EntityLabel label) => (byte)(3 + (PerLabel * (int)label));

    public static byte Unit(EntityLabel label) => (byte)(4 + (PerLabel * (int)label));

    /// <summary>Position of a (non-O) tag within its name: 0 begin, 1 inside, 2 last, 3 unit.</summary>
    private static int Part(byte tag) => (tag - 1) % PerLabel;

    public static EntityLabel LabelOf(byte tag) => (EntityLabel)((tag - 1) / PerLabel);

    /// <summary>Whether the tag leaves a name open (B or I): only I or L of the same label may follow.</summary>
    public static bool IsOpen(byte tag) => tag != Outside && Part(tag) is 0 or 1;

    /// <summary>Whether the tag continues a name (I or L).</summary>
    public static bool IsContinuation(byte tag) => tag != Outside && Part(tag) is 1 or 2;

    /// <summary>Whether the tag ends a name (L or U).</summary>
    public static bool IsEnd(byte tag) => tag != Outside && Part(tag) is 2 or 3;

    /// <summary>The tags of a gold name of <paramref name="length"/> tokens: U, or B I… L.</summary>
    public static byte ForPosition(EntityLabel label, int position, int length) =>
        length == 1 ? Unit(label) : position == 0 ? Begin(label) : position == length - 1 ? Last(label) : Inside(label);

    /// <summary>
    /// Makes a tag consistent with the previous one: a continuation (I, L) with no open name of its label starts
    /// one (B, U). A name left open before O or another name simply ends there.
    /// </summary>
    public static byte Repair(byte previous, byte tag)
    {
        if (!IsContinuation(tag) || (IsOpen(previous) && LabelOf(previous) == LabelOf(tag)))
        {
            return tag;
        }
        return Part(tag) == 1 ? Begin(LabelOf(tag)) : Unit(LabelOf(tag));
    }

    /// <summary>
    /// Whether <paramref name="tag"/> may follow <paramref name="previous"/> in a well-formed BILOU sequence: an
    /// open name (B, I) goes on with I or L of its label; otherwise a name starts (B, U) or the token is O.
    /// </summary>
    public static bool Follows(byte previous, byte tag) =>
        IsOpen(previous) ? IsContinuation(tag) && LabelOf(tag) == LabelOf(previous) : !IsContinuation(tag);

    public static string Name(byte tag) => tag == Outside ? "O" : "BILU"[Part(tag)] + "-" + LabelOf(tag);
}
