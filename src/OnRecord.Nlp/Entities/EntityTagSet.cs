using OnRecord.Core.Annotations;

namespace OnRecord.Nlp.Entities;

/// <summary>
/// The BIO tag set over <see cref="EntityLabel"/>: tag 0 is O, then B-label and I-label for each label.
/// A tag is a byte so that tag sequences are cheap arrays.
/// </summary>
public static class EntityTagSet
{
    public const byte Outside = 0;

    public static readonly int LabelCount = Enum.GetValues<EntityLabel>().Length;

    public static readonly int Count = 1 + (2 * LabelCount);

    public static byte Begin(EntityLabel label) => (byte)(1 + (2 * (int)label));

    public static byte Inside(EntityLabel label) => (byte)(2 + (2 * (int)label));

    public static bool IsBegin(byte tag) => tag != Outside && (tag & 1) == 1;

    public static bool IsInside(byte tag) => tag != Outside && (tag & 1) == 0;

    public static EntityLabel LabelOf(byte tag) => (EntityLabel)((tag - 1) / 2);

    /// <summary>I-X may only follow B-X or I-X.</summary>
    public static bool IsAllowedAfter(byte previous, byte tag) =>
        !IsInside(tag) || (previous != Outside && LabelOf(previous) == LabelOf(tag));

    public static string Name(byte tag) => tag == Outside ? "O" : (IsBegin(tag) ? "B-" : "I-") + LabelOf(tag);

    /// <summary>Parses "O", "B-PERSON", "I-GPE"; returns false for anything else.</summary>
    public static bool TryParse(ReadOnlySpan<char> name, out byte tag)
    {
        tag = Outside;
        if (name is "O")
        {
            return true;
        }
        if (name.Length < 3 || name[1] != '-' || (name[0] != 'B' && name[0] != 'I') || !Enum.TryParse<EntityLabel>(name[2..], out var label))
        {
            return false;
        }
        tag = name[0] == 'B' ? Begin(label) : Inside(label);
        return true;
    }
}
