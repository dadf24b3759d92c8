using OnRecord.Core.Documents;
using OnRecord.Extraction;
using OnRecord.Readers;
using OnRecord.Readers.Sources;
using OnRecord.Tests.Common;

namespace OnRecord.Extraction.Tests;

/// <summary>The standard pipeline's syntax on our own sample stories: what quote attribution will lean on.</summary>
public class SyntaxOnSamplesTests
{
    private static readonly Lazy<List<Document>> Samples = new(() =>
    {
        var pipeline = OnRecordPipeline.Create();
        var reader = new DocumentReader(new ReaderOptions());
        return Directory.GetFiles(TestPaths.Samples, "*.txt").Order(StringComparer.Ordinal).Select(file =>
        {
            var d = Assert.Single(reader.ReadPath(file)).Document!;
            pipeline.Process(d);
            return d;
        }).ToList();
    });

    [Fact]
    public void Every_said_is_a_verb_with_a_subject_or_shares_one_as_a_conjunct()
    {
        var saids = 0;
        foreach (var d in Samples.Value)
        {
            for (var i = 0; i < d.TokenCount; i++)
            {
                if (!d[i].Text.SequenceEqual("said"))
                {
                    continue;
                }
                saids++;
                Assert.Equal(UniversalPos.VERB, d[i].Pos);
                Assert.Equal("say", d[i].Lemma);
                var subjects = Subjects(d, i);
                // "… dismissed the decision and said …": a conjoined verb shares its first conjunct's subject (UD basic trees).
                var shared = d[i].Dep == "conj" && Subjects(d, d[i].Head) >= 1;
                Assert.True(subjects == 1 || (subjects == 0 && shared), $"{d.Id}: 'said' at {d[i].Start} has {subjects} subjects");
            }
        }
        Assert.True(saids >= 4, $"only {saids} 'said' in the samples");
    }

    private static int Subjects(Document d, int verb) =>
        Enumerable.Range(0, d.TokenCount).Count(k => d[k].Head == verb && d[k].Dep is "nsubj" or "nsubj:pass");

    [Fact]
    public void Every_token_is_tagged_lemmatized_and_attached()
    {
        foreach (var d in Samples.Value)
        {
            for (var i = 0; i < d.TokenCount; i++)
            {
                Assert.NotEqual(UniversalPos.None, d[i].Pos);
                Assert.NotNull(d[i].Xpos);
                Assert.NotNull(d[i].Lemma);
                Assert.NotNull(d[i].Dep);
                Assert.NotEqual(TokenData.NoHead, d[i].Head);
            }
        }
    }
}
