using OnRecord.Core.Annotations;

namespace OnRecord.Nlp.Entities.Training;

/// <summary>A gold mention in a training sentence; a null label marks a named span whose type we cannot map (no loss there).</summary>
public readonly record struct GoldMention(int Start, int End, EntityLabel? Label);

/// <summary>One training or evaluation sentence: words and gold mentions (word indices, end exclusive).</summary>
public sealed record NerSentence(string[] Words, List<GoldMention> Mentions, bool NewDocument);

/// <summary>A sentence with mentions whose labels are still the source corpus' own type names.</summary>
public sealed record RawNerSentence(string[] Words, List<(int Start, int End, string Type)> Mentions, bool NewDocument);
