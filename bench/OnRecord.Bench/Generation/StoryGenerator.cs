using System.Globalization;
using System.Text;
using OnRecord.Core.Annotations;
using OnRecord.Core.Documents;

namespace OnRecord.Bench.Generation;

/// <summary>
/// Generates realistic synthetic wire stories from our own templates, names and verbs: an opening, two
/// or three speakers each introduced with a role and quoted directly, indirectly or in mixed form,
/// background paragraphs, a dateline and an agency. Deterministic for a seed. A share of the stories
/// can be syndicated copies of earlier ones (re-headlined, trimmed, other agency, boilerplate).
/// </summary>
internal sealed class StoryGenerator
{
    private readonly Random _random;
    private readonly Person[] _people;
    private readonly double _copyRate;
    private readonly List<GeneratedStory> _recent = [];
    private int _next;

    private sealed record Person(string First, string Surname, string Honorific, string Role)
    {
        public string Name => First + " " + Surname;
    }

    public StoryGenerator(int seed, double copyRate = 0)
    {
        _random = new Random(seed);
        _copyRate = copyRate;
        // The cast of speakers is fixed (seed-independent), so that runs of any size share speakers whose statements pile up.
        var cast = new Random(20240306);
        _people = new Person[600];
        for (var i = 0; i < _people.Length; i++)
        {
            _people[i] = new Person(Pick(cast, Vocabulary.FirstNames), Pick(cast, Vocabulary.Surnames), cast.Next(2) == 0 ? "Mr" : "Ms", Pick(cast, Vocabulary.Roles));
        }
    }

    public IEnumerable<GeneratedStory> Generate(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Next();
        }
    }

    public GeneratedStory Next()
    {
        _next++;
        var id = string.Create(CultureInfo.InvariantCulture, $"story-{_next:D7}");
        if (_recent.Count > 0 && _random.NextDouble() < _copyRate)
        {
            return Copy(id, _recent[_random.Next(_recent.Count)]);
        }
        var story = Original(id);
        _recent.Add(story);
        if (_recent.Count > 200)
        {
            _recent.RemoveAt(0);
        }
        return story;
    }

    private GeneratedStory Original(string id)
    {
        var date = new DateOnly(2024, 1, 1).AddDays(_random.Next(366));
        var place = Pick(_random, Vocabulary.Places);
        var topic = Pick(_random, Vocabulary.Topics);
        var text = new AnnotatedText(_random, topic);
        text.Template(Pick(_random, Vocabulary.Openings));
        var speakers = Enumerable.Range(0, 2 + _random.Next(2)).Select(_ => _people[_random.Next(_people.Length)]).DistinctBy(p => p.Name).ToList();
        foreach (var person in speakers)
        {
            text.Paragraph();
            Introduce(text, person, date);
            text.Paragraph();
            if (_random.Next(3) == 0)
            {
                Mixed(text, person, date);
            }
            else
            {
                Direct(text, person, date);
            }
            if (_random.Next(2) == 0)
            {
                text.Paragraph();
                text.Template(Pick(_random, Vocabulary.Background));
            }
        }
        text.Paragraph();
        text.Template(Pick(_random, Vocabulary.Background));
        var title = $"{Capitalise(Pick(_random, Vocabulary.Countries))} {Pick(_random, Vocabulary.Verbs)} {topic}";
        return new GeneratedStory(id, date, place, Pick(_random, Vocabulary.Agencies), title, text.ToString(), text.Entities, text.Quotes);
    }

    /// <summary>"Finance Minister Anna Lindqvist said the plan … would cost …" — an indirect quote introducing the speaker.</summary>
    private void Introduce(AnnotatedText text, Person person, DateOnly date)
    {
        var mention = text.Entity($"{person.Role[..1].ToUpperInvariant()}{person.Role[1..]} {person.Name}", EntityLabel.PERSON, person.Name, person.Role, nameOffset: person.Role.Length + 1);
        text.Append(" ");
        var cue = text.Append(Pick(_random, Vocabulary.IndirectCues));
        text.Append(" that ");
        var content = text.Template(Pick(_random, Vocabulary.Clauses));
        text.Append(".");
        text.Quote(content, QuoteKind.Indirect, cue, mention, person.Name, person.Role, date);
    }

    /// <summary>"\"We will not …,\" Ms Lindqvist told reporters."</summary>
    private void Direct(AnnotatedText text, Person person, DateOnly date)
    {
        text.Append("\u201C");
        var content = text.Append(Statement() + ",");
        text.Append("\u201D ");
        var mention = text.Entity($"{person.Honorific} {person.Surname}", EntityLabel.PERSON, person.Name);
        text.Append(" ");
        var cue = text.Append(Pick(_random, Vocabulary.Cues));
        text.Append(".");
        text.Quote(content, QuoteKind.Direct, cue, mention, person.Name, null, date);
    }

    /// <summary>"Ms Lindqvist said the decision was \"…\" and that …" — quoted words inside reported speech.</summary>
    private void Mixed(AnnotatedText text, Person person, DateOnly date)
    {
        var mention = text.Entity($"{person.Honorific} {person.Surname}", EntityLabel.PERSON, person.Name);
        text.Append(" ");
        var cue = text.Append("said");
        text.Append(" ");
        var start = text.Length;
        text.Append("the decision was \u201C");
        text.Append(Statement().ToLowerInvariant());
        text.Append("\u201D and that ");
        text.Template(Pick(_random, Vocabulary.Clauses));
        var content = new TextRange(start, text.Length);
        text.Append(".");
        text.Quote(content, QuoteKind.Mixed, cue, mention, person.Name, null, date);
    }

    private string Statement() =>
        $"{Pick(_random, Vocabulary.Subjects)} {Pick(_random, Vocabulary.Modals)} {Pick(_random, Vocabulary.Actions)} {Pick(_random, Vocabulary.Topics)} {Pick(_random, Vocabulary.Reasons)}";

    /// <summary>A syndicated copy: another agency and headline, a day later at most, last paragraphs trimmed, a byline and boilerplate added.</summary>
    private GeneratedStory Copy(string id, GeneratedStory original)
    {
        var paragraphs = original.Body.Split("\n\n");
        var keep = Math.Max(3, paragraphs.Length - _random.Next(3));
        var sb = new StringBuilder();
        if (_random.Next(2) == 0)
        {
            sb.Append("By a staff correspondent\n\n");
        }
        sb.AppendJoin("\n\n", paragraphs.Take(keep));
        sb.Append("\n\n").Append(Pick(_random, Vocabulary.Boilerplate).Replace("{place}", Pick(_random, Vocabulary.Places), StringComparison.Ordinal));
        var agency = Vocabulary.Agencies.First(a => a != original.Agency && _random.Next(3) == 0 || a == Vocabulary.Agencies[^1]);
        var title = "UPDATE 1-" + original.Title;
        return new GeneratedStory(id, original.Date.AddDays(_random.Next(2)), original.Dateline, agency, title, sb.ToString(), [], [], original.Id);
    }

    private static string Capitalise(string s) => s.StartsWith("the ", StringComparison.Ordinal) ? "The " + s[4..] : s;

    internal static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];
}
