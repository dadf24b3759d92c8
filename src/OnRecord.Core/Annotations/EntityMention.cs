using OnRecord.Core.Documents;

namespace OnRecord.Core.Annotations;

/// <summary>
/// A named mention of a person, organisation, place or other entity.
/// <see cref="Canonical"/> is the fullest name the document gives the same entity ("Mr Putin" → "Vladimir Putin").
/// <see cref="Role"/> is the role or title the text attaches to it ("Kremlin spokesman"), if any.
/// </summary>
public readonly record struct EntityMention(TextRange Range, EntityLabel Label, string Canonical, string? Role = null);
