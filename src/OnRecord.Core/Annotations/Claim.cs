using OnRecord.Core.Documents;

namespace OnRecord.Core.Annotations;

public enum ClaimStance : byte
{
    Assertion,
    Denial,
}

/// <summary>A check-worthy statement and whether its speaker asserts or denies it.</summary>
public readonly record struct Claim(TextRange Range, ClaimStance Stance, TextRange? Speaker);
