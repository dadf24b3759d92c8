using System.Globalization;
using System.Text;
using OnRecord.Core.Annotations;
using OnRecord.Core.Documents;

namespace OnRecord.Bench.Generation;

/// <summary>Text built piece by piece, remembering where each entity and quote lands.</summary>
internal sealed class AnnotatedText(Random random, string topic)
{
    private readonly StringBuilder _text = new();

    public List<EntityMention> Entities { get; } = [];

    public List<Quote> Quotes { get; } = [];

    public int Length => _text.Length;

    public TextRange Append(string s)
    {
        var start = _text.Length;
        _text.Append(s);
        return new TextRange(start, _text.Length);
    }

    public void Paragraph() => _text.Append("\n\n");

    /// <summary>Appends a name (possibly after a title) as an entity mention; returns the whole phrase's range.</summary>
    public TextRange Entity(string phrase, EntityLabel label, string canonical, string? role = null, int nameOffset = 0)
    {
        var range = Append(phrase);
        Entities.Add(new EntityMention(new TextRange(range.Start + nameOffset, range.End), label, canonical, role));
        return range;
    }

    public void Quote(TextRange content, QuoteKind kind, TextRange cue, TextRange speaker, string canonical, string? role, DateOnly date) =>
        Quotes.Add(new Quote
        {
            Content = content,
            Kind = kind,
            Cue = cue,
            Speaker = new QuoteSpeaker(speaker, canonical, role, EntityLabel.PERSON),
            Confidence = 0.9f,
            StatementDate = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });

    /// <summary>Appends a template, filling its slots; places, countries and organisations become entity mentions.</summary>
    public TextRange Template(string template)
    {
        var start = _text.Length;
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                _text.Append(template, i, template.Length - i);
                break;
            }
            _text.Append(template, i, open - i);
            var close = template.IndexOf('}', open);
            Slot(template[(open + 1)..close], open == 0 && start == _text.Length);
            i = close + 1;
        }
        return new TextRange(start, _text.Length);
    }

    private void Slot(string name, bool sentenceStart)
    {
        switch (name)
        {
            case "topic":
                _text.Append(topic);
                break;
            case "country" or "country2":
                Name(StoryGenerator.Pick(random, Vocabulary.Countries), EntityLabel.GPE, sentenceStart);
                break;
            case "place":
                Name(StoryGenerator.Pick(random, Vocabulary.Places), EntityLabel.GPE, sentenceStart);
                break;
            case "org":
                Name(StoryGenerator.Pick(random, Vocabulary.Organisations), EntityLabel.ORG, sentenceStart);
                break;
            case "number":
                _text.Append(random.Next(2, 950).ToString(CultureInfo.InvariantCulture));
                break;
            case "year":
                _text.Append(random.Next(2001, 2023).ToString(CultureInfo.InvariantCulture));
                break;
            case "month":
                _text.Append(StoryGenerator.Pick(random, Vocabulary.Months));
                break;
            case "weekday":
                _text.Append(StoryGenerator.Pick(random, Vocabulary.Weekdays));
                break;
            case "verb":
                _text.Append(StoryGenerator.Pick(random, Vocabulary.Verbs));
                break;
            default:
                throw new InvalidOperationException("unknown template slot {" + name + "}");
        }
    }

    /// <summary>"the World Bank" is written with its article; the entity is the name without it.</summary>
    private void Name(string phrase, EntityLabel label, bool sentenceStart)
    {
        var written = sentenceStart && phrase.StartsWith("the ", StringComparison.Ordinal) ? "The " + phrase[4..] : phrase;
        var article = phrase.StartsWith("the ", StringComparison.Ordinal) ? 4 : 0;
        var range = Append(written);
        var canonical = phrase[article..];
        Entities.Add(new EntityMention(new TextRange(range.Start + article, range.End), label, char.ToUpperInvariant(canonical[0]) + canonical[1..]));
    }

    public override string ToString() => _text.ToString();
}
