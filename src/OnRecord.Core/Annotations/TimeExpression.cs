using OnRecord.Core.Documents;

namespace OnRecord.Core.Annotations;

/// <summary>TIMEX3 types.</summary>
public enum TimexType : byte
{
    DATE,
    TIME,
    DURATION,
    SET,
}

/// <summary>A time expression normalised to a TIMEX3 value (<c>2024-03-06</c>, <c>P3W</c>, <c>PAST_REF</c>…) against the document date.</summary>
public readonly record struct TimeExpression(TextRange Range, TimexType Type, string Value, string? Mod = null);
