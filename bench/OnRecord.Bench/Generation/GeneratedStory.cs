using OnRecord.Core.Annotations;
using OnRecord.Core.Documents;
using OnRecord.Core.Pipeline;

namespace OnRecord.Bench.Generation;

/// <summary>A synthetic story with the annotations its generator knows to be true (who said what, where).</summary>
internal sealed record GeneratedStory(
    string Id,
    DateOnly Date,
    string Dateline,
    string Agency,
    string Title,
    string Body,
    IReadOnlyList<EntityMention> Entities,
    IReadOnlyList<Quote> Quotes,
    string? CopyOf = null)
{
    /// <summary>The wire layout read by <c>WireFormat</c>: <c>date YYYY-MM-DD PLACE - body AGENCY</c>.</summary>
    public string WireText => $"date {Date:yyyy-MM-dd} {Dateline.ToUpperInvariant()} - {Body} {Agency}";

    /// <summary>The story as an annotated document (text = body), as if every extraction stage had run perfectly.</summary>
    public Document ToDocument()
    {
        var d = new Document(Id, Body) { Date = Date, Dateline = Dateline.ToUpperInvariant(), Source = Agency, Title = Title };
        d.Entities.AddRange(Entities);
        d.Quotes.AddRange(Quotes);
        d.MarkAssigned(Layers.Entities | Layers.Quotes);
        return d;
    }
}
