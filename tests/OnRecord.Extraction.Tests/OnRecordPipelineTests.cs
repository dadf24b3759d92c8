using OnRecord.Core.Documents;
using OnRecord.Core.Pipeline;
using OnRecord.Extraction;
using OnRecord.Tests.Common;

namespace OnRecord.Extraction.Tests;

public class OnRecordPipelineTests
{
    [Fact]
    public void Standard_pipeline_builds_and_fills_its_layers_with_valid_offsets()
    {
        var pipeline = OnRecordPipeline.Create();
        foreach (var file in Directory.GetFiles(TestPaths.Samples, "*.txt"))
        {
            var reader = new OnRecord.Readers.Sources.DocumentReader(new OnRecord.Readers.ReaderOptions());
            var d = Assert.Single(reader.ReadPath(file)).Document!;
            pipeline.Process(d);
            Assert.Equal(pipeline.Assigns, d.Assigned & pipeline.Assigns);
            Assert.True(d.TokenCount > 50);
            OffsetAssert.Valid(d);
        }
    }

    [MiniLmFact]
    public void Accurate_pipeline_differs_only_in_its_entity_stage()
    {
        var fast = OnRecordPipeline.Create();
        var accurate = OnRecordPipeline.Create(accurate: true);
        Assert.Equal(fast.Stages.Select(s => s.Name), accurate.Stages.Select(s => s.Name));
        var d = new Document("a", "Prime Minister Ana Lopes arrived in Nairobi on Tuesday.\n\nShe met the president of Kenya.");
        accurate.Process(d);
        Assert.Equal(accurate.Assigns, d.Assigned & accurate.Assigns);
        Assert.Contains(d.Entities, e => d.TextOf(e.Range) == "Ana Lopes");
        OffsetAssert.Valid(d);
    }
}
