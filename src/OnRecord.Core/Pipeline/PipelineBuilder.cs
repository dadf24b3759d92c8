using OnRecord.Core.Errors;

namespace OnRecord.Core.Pipeline;

/// <summary>
/// Assembles stages in an explicit order. <see cref="Build"/> checks that each stage's requirements
/// are assigned by an earlier stage and refuses the pipeline otherwise; it never reorders.
/// </summary>
public sealed class PipelineBuilder
{
    private readonly List<IPipelineStage> _stages = [];

    public PipelineBuilder Add(IPipelineStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        _stages.Add(stage);
        return this;
    }

    /// <summary>Inserts a stage before the first stage of type <typeparamref name="T"/>.</summary>
    public PipelineBuilder AddBefore<T>(IPipelineStage stage) where T : IPipelineStage
    {
        ArgumentNullException.ThrowIfNull(stage);
        _stages.Insert(IndexOf<T>(), stage);
        return this;
    }

    /// <summary>Inserts a stage after the first stage of type <typeparamref name="T"/>.</summary>
    public PipelineBuilder AddAfter<T>(IPipelineStage stage) where T : IPipelineStage
    {
        ArgumentNullException.ThrowIfNull(stage);
        _stages.Insert(IndexOf<T>() + 1, stage);
        return this;
    }

    public PipelineBuilder Remove<T>() where T : IPipelineStage
    {
        _stages.RemoveAt(IndexOf<T>());
        return this;
    }

    public bool Contains<T>() where T : IPipelineStage => _stages.Exists(s => s is T);

    public Pipeline Build()
    {
        var available = Layers.None;
        foreach (var stage in _stages)
        {
            var missing = stage.Info.Requires & ~available;
            if (missing != Layers.None)
            {
                throw new OnRecordException(ErrorCode.PipelineOrder,
                    $"stage '{stage.Name}' requires {missing}, which no earlier stage assigns (order: {string.Join(" → ", _stages.Select(s => s.Name))})");
            }
            available |= stage.Info.Assigns;
        }
        return new Pipeline([.. _stages], available);
    }

    private int IndexOf<T>()
    {
        var index = _stages.FindIndex(s => s is T);
        if (index < 0)
        {
            throw new InvalidOperationException($"No stage of type {typeof(T).Name} in the pipeline.");
        }
        return index;
    }
}
