using OnRecord.Core.Documents;

namespace OnRecord.Core.Pipeline;

/// <summary>
/// One step of analysis. A stage must be safe to call from several threads at once on different
/// documents: keep per-document state in locals or pooled buffers, never in fields.
/// </summary>
public interface IPipelineStage
{
    string Name { get; }

    StageInfo Info { get; }

    void Process(Document document, CancellationToken cancellationToken);
}
