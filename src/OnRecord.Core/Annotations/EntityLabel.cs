namespace OnRecord.Core.Annotations;

/// <summary>OntoNotes-style named-entity labels; numbers and dates belong to other layers.</summary>
public enum EntityLabel : byte
{
    PERSON,
    ORG,
    GPE,
    LOC,
    NORP,
    EVENT,
    FAC,
    PRODUCT,
    LAW,
    WORK_OF_ART,
    LANGUAGE,
}
