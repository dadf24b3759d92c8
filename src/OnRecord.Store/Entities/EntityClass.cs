using OnRecord.Core.Annotations;

namespace OnRecord.Store.Entities;

/// <summary>Labels whose entities may merge: a tagger may call a country GPE in one story and LOC in the next.</summary>
public static class EntityClass
{
    public const string Person = "person";
    public const string Place = "place";
    public const string Organisation = "org";

    /// <summary>Speakers with no label and no sign of what they are ("Traders", "Opposition"): merged only with the very same name.</summary>
    public const string Unknown = "unknown";

    public static string Of(EntityLabel label) => label switch
    {
        EntityLabel.PERSON => Person,
        EntityLabel.GPE or EntityLabel.LOC or EntityLabel.FAC => Place,
        EntityLabel.ORG => Organisation,
        _ => label.ToString().ToLowerInvariant(),
    };
}
