using OnRecord.Core.Documents;

namespace OnRecord.Core.Annotations;

/// <summary>A political event: who did what to whom, coded in CAMEO and PLOVER.</summary>
public readonly record struct EventRecord(TextRange Trigger, string CameoCode, string? PloverType, TextRange? Source, TextRange? Target);
