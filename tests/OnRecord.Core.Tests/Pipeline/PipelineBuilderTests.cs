using OnRecord.Core.Documents;
using OnRecord.Core.Errors;
using OnRecord.Core.Pipeline;

namespace OnRecord.Core.Tests.Pipeline;

public class PipelineBuilderTests
{
    private sealed class FakeStage(string name, Layers requires, Layers assigns, Action<Document>? action = null) : IPipelineStage
    {
        public string Name => name;

        public StageInfo Info => new(requires, assigns);

        public void Process(Document document, CancellationToken cancellationToken) => action?.Invoke(document);
    }

    private sealed class Tokens() : IPipelineStage
    {
        public string Name => "tokens";

        public StageInfo Info => new(Layers.None, Layers.Tokens);

        public void Process(Document document, CancellationToken cancellationToken) =>
            document.SetTokens([new TokenData(0, document.Text.Length)], 1);
    }

    [Fact]
    public void A_stage_before_its_requirement_is_refused_not_reordered()
    {
        var builder = new PipelineBuilder()
            .Add(new FakeStage("tagger", Layers.Tokens, Layers.Tags))
            .Add(new Tokens());
        var e = Assert.Throws<OnRecordException>(builder.Build);
        Assert.Equal(ErrorCode.PipelineOrder, e.Code);
        Assert.Contains("tagger", e.Message);
        Assert.Contains("Tokens", e.Message);
    }

    [Fact]
    public void AddBefore_and_AddAfter_place_stages_explicitly()
    {
        var pipeline = new PipelineBuilder()
            .Add(new Tokens())
            .Add(new FakeStage("parser", Layers.Tags, Layers.Parse))
            .AddAfter<Tokens>(new FakeStage("tagger", Layers.Tokens, Layers.Tags))
            .Build();
        Assert.Equal(["tokens", "tagger", "parser"], pipeline.Stages.Select(s => s.Name));
        Assert.Equal(Layers.Tokens | Layers.Tags | Layers.Parse, pipeline.Assigns);
    }

    [Fact]
    public void Processing_marks_assigned_layers()
    {
        var pipeline = new PipelineBuilder().Add(new Tokens()).Add(new FakeStage("tagger", Layers.Tokens, Layers.Tags)).Build();
        var d = new Document("d", "word");
        pipeline.Process(d);
        Assert.Equal(Layers.Tokens | Layers.Tags, d.Assigned);
    }

    [Fact]
    public void A_crashing_stage_becomes_a_coded_error_naming_stage_and_document()
    {
        var pipeline = new PipelineBuilder()
            .Add(new FakeStage("cranky", Layers.None, Layers.None, _ => throw new InvalidOperationException("boom")))
            .Build();
        var e = Assert.Throws<OnRecordException>(() => pipeline.Process(new Document("doc-7", "x")));
        Assert.Equal(ErrorCode.StageFailed, e.Code);
        Assert.Contains("cranky", e.Message);
        Assert.Contains("doc-7", e.Message);
    }

    [Fact]
    public void Batch_runner_keeps_input_order_and_isolates_failures()
    {
        var pipeline = new PipelineBuilder()
            .Add(new FakeStage("picky", Layers.None, Layers.None, d =>
            {
                if (d.Text == "bad")
                {
                    throw new InvalidOperationException("bad input");
                }
            }))
            .Build();
        var inputs = Enumerable.Range(0, 100)
            .Select(i => ($"loc{i}", (Document?)new Document($"d{i}", i == 37 ? "bad" : "good"), (OnRecordException?)null));
        var results = OrderedBatchRunner.Run(inputs, pipeline, 2).ToList();
        Assert.Equal(100, results.Count);
        Assert.Equal(Enumerable.Range(0, 100).Select(i => $"loc{i}"), results.Select(r => r.Location));
        Assert.Null(results[37].Document);
        Assert.Equal(ErrorCode.StageFailed, results[37].Error!.Code);
        Assert.All(results.Where((_, i) => i != 37), r => Assert.NotNull(r.Document));
    }
}
