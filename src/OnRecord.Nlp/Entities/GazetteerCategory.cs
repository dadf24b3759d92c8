namespace OnRecord.Nlp.Entities;

/// <summary>What a gazetteer phrase is known to be; a phrase may be several things ("Georgia": country and place).</summary>
[Flags]
public enum GazetteerCategory : ushort
{
    None = 0,
    Country = 1 << 0,
    Place = 1 << 1,
    NaturalPlace = 1 << 2,
    Demonym = 1 << 3,
    Person = 1 << 4,
    FirstName = 1 << 5,
    Surname = 1 << 6,
    Organization = 1 << 7,

    /// <summary>A role noun or modifier that names a position ("spokesman", "President", "Special").</summary>
    Role = 1 << 8,

    /// <summary>A courtesy title that is never part of a name and is no role ("Mr", "Mrs", "Dr").</summary>
    Honorific = 1 << 9,
    OrgWord = 1 << 10,
    NaturalPlaceWord = 1 << 11,
    FacilityWord = 1 << 12,

    /// <summary>Religious and political groups ("Muslim", "Republicans"): NORP without being a nationality.</summary>
    Group = 1 << 13,
    Language = 1 << 14,
    EventWord = 1 << 15,
}
