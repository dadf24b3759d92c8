using OnRecord.Core.Documents;

namespace OnRecord.Core.Annotations;

/// <summary>A number with what it measures ("3.6 per cent" of "economic growth").</summary>
public readonly record struct Quantity(TextRange Range, double? Value, string? Unit, TextRange? Measure);
