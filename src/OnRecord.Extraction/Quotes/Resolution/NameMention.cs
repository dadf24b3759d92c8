using OnRecord.Core.Annotations;
using OnRecord.Extraction.Quotes.Lexicon;

namespace OnRecord.Extraction.Quotes.Resolution;

/// <summary>
/// A name in the document: its tokens <c>[Start, End)</c>, the name without honorifics or written-in role
/// (<see cref="Name"/>), what it is, the role the text gives it and any gender its title or pronouns reveal.
/// </summary>
internal sealed class NameMention
{
    public required int Start { get; init; }

    public required int End { get; init; }

    public required string Name { get; init; }

    /// <summary>Last word of <see cref="Name"/>: the surname of a person.</summary>
    public required string Last { get; init; }

    public EntityLabel? Label { get; set; }

    /// <summary>The fullest in-document name, once names are linked; from the entity layer when it is present.</summary>
    public string? Canonical { get; set; }

    public string? Role { get; set; }

    public PronounKind Gender { get; set; }

    public bool IsPerson => Label == EntityLabel.PERSON;

    public bool IsOrganisation => Label is EntityLabel.ORG or EntityLabel.GPE or EntityLabel.NORP;
}
