namespace OnRecord.Store.Query;

public sealed record AliasCount(string Alias, int Count);

public sealed record RoleSpan(string Role, int Count, string? FirstDate, string? LastDate);

public sealed record EntityCount(string Name, string Label, int Count);

/// <summary>Who a speaker is and what they said: aliases, roles, a timeline of statements, and the entities they talk about most.</summary>
public sealed record SpeakerProfile(
    EntityRef Entity,
    IReadOnlyList<AliasCount> Aliases,
    IReadOnlyList<RoleSpan> Roles,
    int Mentions,
    int Statements,
    IReadOnlyList<QuoteRow> Timeline,
    IReadOnlyList<EntityCount> TalksAbout);
