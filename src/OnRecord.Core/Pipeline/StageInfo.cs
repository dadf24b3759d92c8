namespace OnRecord.Core.Pipeline;

/// <summary>What a stage needs before it runs and what it fills.</summary>
public readonly record struct StageInfo(Layers Requires, Layers Assigns);
