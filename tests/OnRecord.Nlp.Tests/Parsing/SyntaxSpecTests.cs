using OnRecord.Core.Documents;
using OnRecord.Core.Pipeline;
using OnRecord.Nlp.Lemmatization;
using OnRecord.Nlp.Parsing;
using OnRecord.Nlp.Segmentation;
using OnRecord.Nlp.Tagging;
using OnRecord.Nlp.Tokenization;
using OnRecord.Tests.Common;

namespace OnRecord.Nlp.Tests.Parsing;

/// <summary>Runs <c>tests/Specs/syntax.md</c>: tags, lemmas and dependencies the shipped models must produce.</summary>
public class SyntaxSpecTests
{
    private static readonly Pipeline Syntax = new PipelineBuilder()
        .Add(new TokenizerStage())
        .Add(new SentenceSplitterStage())
        .Add(new TaggerStage())
        .Add(new LemmatizerStage())
        .Add(new ParserStage())
        .Build();

    public static TheoryData<SpecCase> Cases => SpecFile.Theory("syntax.md", "dep");

    private static int Find(Document d, string word)
    {
        for (var i = 0; i < d.TokenCount; i++)
        {
            if (d[i].Text.SequenceEqual(word))
            {
                return i;
            }
        }
        throw new Xunit.Sdk.XunitException($"no token '{word}'");
    }

    private static string Describe(Document d) =>
        string.Join(" ", Enumerable.Range(0, d.TokenCount).Select(i =>
            $"{d[i].Text}/{d[i].Pos}/{d[i].Xpos}/{d[i].Lemma}->{(d[i].Head < 0 ? "ROOT" : d[d[i].Head].Text.ToString())}:{d[i].Dep}"));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Analysis(SpecCase spec)
    {
        var d = new Document("spec", spec.Input);
        Syntax.Process(d);
        var analysis = Describe(d);
        foreach (var tag in spec.Expected.GetValueOrDefault("tag") ?? [])
        {
            var p = tag.Split(' ');
            var t = d[Find(d, p[0])];
            Assert.True(t.Pos.Name() == p[1] && t.Xpos == p[2], $"tag {tag}; got {t.Pos} {t.Xpos} in {analysis}");
        }
        foreach (var lemma in spec.Expected.GetValueOrDefault("lemma") ?? [])
        {
            var p = lemma.Split(' ');
            Assert.True(d[Find(d, p[0])].Lemma == p[1], $"lemma {lemma} in {analysis}");
        }
        foreach (var dep in spec.Expected["dep"])
        {
            var p = dep.Split(' ');
            var t = d[Find(d, p[0])];
            var head = p[2] == "ROOT" ? TokenData.RootHead : Find(d, p[2]);
            Assert.True(t.Head == head && t.Dep == p[1], $"dep {dep} in {analysis}");
        }
    }
}
