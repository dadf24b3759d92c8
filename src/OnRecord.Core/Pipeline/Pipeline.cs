using System.Collections.Immutable;
using OnRecord.Core.Documents;
using OnRecord.Core.Errors;

namespace OnRecord.Core.Pipeline;

/// <summary>An immutable, ordered, validated list of stages; thread-safe when its stages are.</summary>
public sealed class Pipeline
{
    internal Pipeline(ImmutableArray<IPipelineStage> stages, Layers assigns)
    {
        Stages = stages;
        Assigns = assigns;
    }

    public ImmutableArray<IPipelineStage> Stages { get; }

    /// <summary>Every layer some stage fills.</summary>
    public Layers Assigns { get; }

    /// <summary>Runs every stage in order. A failing stage surfaces as <see cref="ErrorCode.StageFailed"/> naming the stage and document.</summary>
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var stage in Stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                stage.Process(document, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (OnRecordException)
            {
                throw;
            }
            catch (Exception e)
            {
                throw new OnRecordException(ErrorCode.StageFailed,
                    $"{document.Id}: stage '{stage.Name}' failed: {e.GetType().Name}: {e.Message}", e);
            }
            document.MarkAssigned(stage.Info.Assigns);
        }
    }
}
