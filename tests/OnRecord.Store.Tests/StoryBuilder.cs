using OnRecord.Core.Annotations;
using OnRecord.Core.Documents;
using OnRecord.Core.Pipeline;

namespace OnRecord.Store.Tests;

/// <summary>
/// Builds an annotated document by hand: annotations are placed on the first occurrence of a phrase
/// (after the previous annotation of the same kind when the phrase repeats), so tests read like the story.
/// </summary>
public sealed class StoryBuilder(string id, string text, DateOnly? date = null)
{
    private readonly List<EntityMention> _entities = [];
    private readonly List<Quote> _quotes = [];
    private readonly List<TimeExpression> _timexes = [];

    public string? Source { get; init; }

    public string? Title { get; init; }

    public string? Url { get; init; }

    public TextRange Find(string phrase, int from = 0)
    {
        var at = text.IndexOf(phrase, from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{phrase}' is not in the text of {id}");
        return new TextRange(at, at + phrase.Length);
    }

    public StoryBuilder Entity(string phrase, EntityLabel label, string? canonical = null, string? role = null, int occurrence = 1)
    {
        var range = Find(phrase);
        for (var i = 1; i < occurrence; i++)
        {
            range = Find(phrase, range.End);
        }
        _entities.Add(new EntityMention(range, label, canonical ?? phrase, role));
        return this;
    }

    public StoryBuilder Quote(string content, QuoteKind kind, string? speaker = null, string? canonical = null, string? cue = null,
        string? role = null, string? statementDate = null, float confidence = 0.9f)
    {
        var range = Find(content);
        QuoteSpeaker? who = speaker is null ? null : new QuoteSpeaker(Find(speaker), canonical ?? speaker, role, EntityLabel.PERSON);
        _quotes.Add(new Quote
        {
            Content = range,
            Kind = kind,
            Speaker = who,
            Cue = cue is null ? null : Find(cue, range.End - 1 < 0 ? 0 : Math.Max(0, range.Start - 40)),
            Confidence = confidence,
            StatementDate = statementDate ?? date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });
        return this;
    }

    public StoryBuilder Timex(string phrase, TimexType type, string value)
    {
        _timexes.Add(new TimeExpression(Find(phrase), type, value));
        return this;
    }

    public Document Build()
    {
        var d = new Document(id, text) { Date = date, Source = Source, Title = Title, Url = Url };
        d.Entities.AddRange(_entities);
        d.Quotes.AddRange(_quotes);
        d.Timexes.AddRange(_timexes);
        d.MarkAssigned(Layers.Entities | Layers.Quotes | Layers.Timexes);
        return d;
    }
}
