using System.Text;
using OnRecord.Core.Annotations;
using OnRecord.Core.Documents;
using OnRecord.Nlp.Entities;
using OnRecord.Nlp.Segmentation;
using OnRecord.Nlp.Tokenization;
using OnRecord.Tests.Common;

namespace OnRecord.Nlp.Tests.Entities;

public class EntitySpecTests
{
    public static TheoryData<SpecCase> AliasCases => SpecFile.Theory("entities.md", "mention");

    public static TheoryData<SpecCase> RecogniseCases => SpecFile.Theory("entities.md", "entity");

    public static TheoryData<SpecCase> AbsentCases => SpecFile.Theory("entities.md", "absent");

    [Theory]
    [MemberData(nameof(AliasCases))]
    public void Aliases_and_roles(SpecCase spec)
    {
        var (document, spans) = Marked(spec.Input);
        var mentions = new AliasResolver(EntityRecognizer.Default.Gazetteer).Resolve(document, spans);
        var actual = mentions.Select(m => Describe(document, m)).ToList();
        Assert.Equal(spec.Expected["mention"], actual);
    }

    [Theory]
    [MemberData(nameof(RecogniseCases))]
    public void Recognises(SpecCase spec)
    {
        var found = Recognise(spec.Input);
        foreach (var expected in spec.Expected["entity"])
        {
            Assert.True(found.Contains(expected), $"'{expected}' not among: {string.Join(" ; ", found)}");
        }
    }

    [Theory]
    [MemberData(nameof(AbsentCases))]
    public void Does_not_recognise(SpecCase spec)
    {
        var found = Recognise(spec.Input);
        foreach (var text in spec.Expected["absent"])
        {
            Assert.DoesNotContain(found, f => f.StartsWith(text + " ", StringComparison.Ordinal));
        }
    }

    private static List<string> Recognise(string text)
    {
        var document = Analyze(text);
        new EntityRecognizerStage().Process(document, CancellationToken.None);
        OffsetAssert.Valid(document);
        return document.Entities.Select(e => $"{document.TextOf(e.Range)} {e.Label}").ToList();
    }

    private static string Describe(Document document, EntityMention m)
    {
        var line = $"{document.TextOf(m.Range)} canonical={m.Canonical}";
        return m.Role is null ? line : line + " role=" + m.Role;
    }

    /// <summary>Strips <c>[text|LABEL]</c> marks, tokenizes, and returns the marked spans as token ranges.</summary>
    private static (Document, List<EntitySpan>) Marked(string input)
    {
        var text = new StringBuilder();
        var marks = new List<(int Start, int End, EntityLabel Label)>();
        var i = 0;
        while (i < input.Length)
        {
            if (input[i] == '[')
            {
                var bar = input.IndexOf('|', i);
                var close = input.IndexOf(']', bar);
                var start = text.Length;
                text.Append(input, i + 1, bar - i - 1);
                marks.Add((start, text.Length, Enum.Parse<EntityLabel>(input[(bar + 1)..close])));
                i = close + 1;
            }
            else
            {
                text.Append(input[i++]);
            }
        }
        var document = Analyze(text.ToString());
        var spans = marks.Select(m => new EntitySpan(new TokenRange(document.TokenIndexAt(m.Start), document.TokenIndexAt(m.End - 1) + 1), m.Label)).ToList();
        return (document, spans);
    }

    private static Document Analyze(string text)
    {
        var d = new Document("spec", text);
        d.SetTokens(Tokenizer.Default.Tokenize(text, d.Body, out var n), n);
        d.SetSentences(SentenceSplitter.Default.Split(d));
        return d;
    }
}
