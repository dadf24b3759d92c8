using OnRecord.Core.Documents;
using OnRecord.Core.Pipeline;

namespace OnRecord.Extraction.Time;

/// <summary>
/// Pipeline stage: sets each quote's statement date (<see cref="StatementDater"/>). It refines the quotes layer
/// rather than filling a new one, so it assigns nothing; it runs after the quote and time stages.
/// </summary>
public sealed class StatementDateStage : IPipelineStage
{
    public string Name => "statement-dates";

    public StageInfo Info => new(Layers.Quotes | Layers.Timexes, Layers.None);

    public void Process(Document document, CancellationToken cancellationToken) => StatementDater.Apply(document);
}
