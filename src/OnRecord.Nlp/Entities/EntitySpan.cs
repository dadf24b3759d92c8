using OnRecord.Core.Annotations;
using OnRecord.Core.Documents;

namespace OnRecord.Nlp.Entities;

/// <summary>A recognised entity before alias resolution: the tokens it covers and its label.</summary>
public readonly record struct EntitySpan(TokenRange Tokens, EntityLabel Label);
