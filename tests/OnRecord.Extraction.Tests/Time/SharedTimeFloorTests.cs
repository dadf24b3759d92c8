using OnRecord.Extraction.Time.Evaluation;
using OnRecord.Tests.Common;

namespace OnRecord.Extraction.Tests.Time;

/// <summary>
/// Floors on the oracle suites of shared/time (Recognizers-Text and Duckling English cases, converted to TIMEX3),
/// a little under the figures `onrecord eval timex` measured, so that a regression fails.
/// </summary>
public class SharedTimeFloorTests
{
    private static TimexScores Score(string file, List<TimexError>? errors = null) =>
        TimexEvaluator.Evaluate(TimexGoldReader.Read(TestPaths.SharedFile("time", file)), OnRecordPipeline.Create(), errors);

    [Fact]
    public void Recognizers_text_cases_stay_above_their_floors()
    {
        var s = Score("recognizers_en_datetime_model.jsonl");
        Assert.True(s.RelaxedF1 >= 0.84, $"relaxed F1 {s.RelaxedF1:P2}");
        Assert.True(s.TypeAccuracy >= 0.89, $"type accuracy {s.TypeAccuracy:P2}");
        Assert.True(s.ValueF1 >= 0.56, $"value F1 {s.ValueF1:P2}");
        Assert.InRange(s.Excluded.Values.Sum(), 200, 300);
    }

    [Fact]
    public void Duckling_cases_stay_above_their_floors()
    {
        var s = Score("duckling_en_time_corpus.jsonl");
        Assert.True(s.RelaxedRecall >= 0.84, $"relaxed recall {s.RelaxedRecall:P2}");
        Assert.True(s.RelaxedF1 >= 0.91, $"relaxed F1 {s.RelaxedF1:P2}");
        Assert.True(s.TypeAccuracy >= 0.86, $"type accuracy {s.TypeAccuracy:P2}");
        Assert.True(s.ValueF1 >= 0.37, $"value F1 {s.ValueF1:P2}");
        Assert.InRange(s.Excluded.Values.Sum(), 250, 350);
    }
}
