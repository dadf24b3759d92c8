namespace OnRecord.Core.Pipeline;

/// <summary>The annotation layers of a document; stages declare which they require and which they assign.</summary>
[Flags]
public enum Layers
{
    None = 0,
    Tokens = 1 << 0,
    Sentences = 1 << 1,
    Tags = 1 << 2,
    Lemmas = 1 << 3,
    Parse = 1 << 4,
    Entities = 1 << 5,
    Quotes = 1 << 6,
    Timexes = 1 << 7,
    Quantities = 1 << 8,
    Claims = 1 << 9,
    Events = 1 << 10,
}
