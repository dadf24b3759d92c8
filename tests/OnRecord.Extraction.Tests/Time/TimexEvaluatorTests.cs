using OnRecord.Core.Annotations;
using OnRecord.Core.Documents;
using OnRecord.Extraction.Time.Evaluation;

namespace OnRecord.Extraction.Tests.Time;

public class TimexEvaluatorTests
{
    private static Document Found(string text, params (int Start, int End, TimexType Type, string Value)[] timexes)
    {
        var d = new Document("t", text);
        foreach (var (start, end, type, value) in timexes)
        {
            d.Timexes.Add(new TimeExpression(new TextRange(start, end), type, value));
        }
        return d;
    }

    [Fact]
    public void Strict_relaxed_and_value_scores_follow_tempeval3()
    {
        const string text = "They met last week and will meet in two days.";
        var gold = new TimexGoldCase("t", null, text,
        [
            new TimexGold(new TextRange(9, 18), TimexType.DATE, ["2024-W09"]),
            new TimexGold(new TextRange(35, 45), TimexType.DURATION, ["P2D"]),
        ], []);
        // One exact span with the right value, one overlapping span with a wrong type and value, one spurious.
        var d = Found(text, (9, 18, TimexType.DATE, "2024-W09"), (38, 45, TimexType.DATE, "2024-03-08"), (0, 4, TimexType.DATE, "PRESENT_REF"));
        var scores = new TimexScores();
        TimexEvaluator.Score(gold, d, scores);
        Assert.Equal(1.0 / 3, scores.StrictPrecision, 6);
        Assert.Equal(0.5, scores.StrictRecall, 6);
        Assert.Equal(2.0 / 3, scores.RelaxedPrecision, 6);
        Assert.Equal(1.0, scores.RelaxedRecall, 6);
        Assert.Equal(0.5, scores.TypeAccuracy, 6);
        Assert.Equal(0.5, scores.ValueAccuracy, 6);
        Assert.Equal(2 * (1.0 / 3) * 0.5 / (1.0 / 3 + 0.5), scores.ValueF1, 6);
    }

    [Fact]
    public void System_expressions_over_an_excluded_gold_one_are_ignored()
    {
        const string text = "Meet me from 2 to 4 pm.";
        var gold = new TimexGoldCase("t", null, text, [], [new ExcludedTimex(new TextRange(8, 22), "recognizers.time_range")]);
        var d = Found(text, (18, 22, TimexType.TIME, "T16:00"));
        var scores = new TimexScores();
        TimexEvaluator.Score(gold, d, scores);
        Assert.Equal(0, scores.System);
        Assert.Equal(1, scores.Excluded["recognizers.time_range"]);
    }

    [Theory]
    [InlineData("2013-02-12T18", "2013-02-12T18:00")]
    [InlineData("P1Q", "P3M")]
    [InlineData("P1DE", "P10Y")]
    [InlineData("2016-11-07T07:00", "T07")]
    public void Values_equal_up_to_spelling_match(string system, string gold) =>
        Assert.True(TimexValueMatch.Matches(system, [gold]));

    [Theory]
    [InlineData("2013-02-12", "2013-02-13")]
    [InlineData("P1W", "P1M")]
    [InlineData("P7D", "T07")]
    public void Different_values_do_not_match(string system, string gold) =>
        Assert.False(TimexValueMatch.Matches(system, [gold]));

    [Theory]
    [InlineData("1990-01-01", "2000-01-01", "199")]
    [InlineData("2017-01-01", "2017-04-01", "2017-Q1")]
    [InlineData("2019-10-14", "2019-10-21", "2019-W42")]
    [InlineData("2016-03-01", "2016-04-01", "2016-03")]
    [InlineData("XXXX-01-01", "XXXX-04-01", "XXXX-Q1")]
    [InlineData("2019-10-14", "2019-10-17", null)]
    public void Source_intervals_map_to_one_calendar_period_or_none(string start, string end, string? expected) =>
        Assert.Equal(expected, CalendarPeriod.FromInterval(start, end));

    [Fact]
    public void Recognizers_ranges_and_readings_convert_to_timex3()
    {
        var line = """{"id": "recognizers-text/x", "dct": "2016-11-07", "text": "in the 1990s on Tuesday from 2 to 4 pm", "timexes": [{"start": 3, "end": 12, "text": "the 1990s", "type": "DATE", "value": "(1990-01-01,2000-01-01,P10Y)", "resolution": []}, {"start": 16, "end": 23, "text": "Tuesday", "type": "DATE", "value": "XXXX-WXX-2", "resolution": [{"timex": "XXXX-WXX-2", "value": "2016-11-01"}, {"timex": "XXXX-WXX-2", "value": "2016-11-08"}]}, {"start": 24, "end": 38, "text": "from 2 to 4 pm", "type": "TIME", "value": "(T14,T16,PT2H)", "resolution": []}]}""";
        using var json = System.Text.Json.JsonDocument.Parse(line);
        var c = TimexGoldReader.ReadCase(json.RootElement);
        Assert.Equal(["199"], c.Timexes[0].Values);
        Assert.Equal(["XXXX-WXX-2", "2016-11-01", "2016-11-08"], c.Timexes[1].Values);
        Assert.Equal("recognizers.time_range", Assert.Single(c.Excluded).Reason);
    }

    [Fact]
    public void Duckling_reference_instant_and_inherited_hour_convert_to_timex3()
    {
        var line = """{"id": "duckling/x", "dct": "2013-02-12", "ref_datetime": "2013-02-12T04:30:00-02:00", "text": "now", "timexes": [{"start": 0, "end": 3, "text": "now", "type": "TIME", "value": "2013-02-12T04:30:00"}]}""";
        using var json = System.Text.Json.JsonDocument.Parse(line);
        Assert.Equal(["PRESENT_REF"], TimexGoldReader.ReadCase(json.RootElement).Timexes[0].Values);
        var ago = """{"id": "duckling/y", "dct": "2013-02-12", "ref_datetime": "2013-02-12T04:30:00-02:00", "text": "7 days ago", "timexes": [{"start": 0, "end": 10, "text": "7 days ago", "type": "TIME", "value": "2013-02-05T04"}]}""";
        using var json2 = System.Text.Json.JsonDocument.Parse(ago);
        var g = TimexGoldReader.ReadCase(json2.RootElement).Timexes[0];
        Assert.Equal(["2013-02-05"], g.Values);
        Assert.Equal(TimexType.DATE, g.Type);
    }
}
