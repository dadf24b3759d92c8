using OnRecord.Core.Annotations;
using OnRecord.Core.Documents;
using OnRecord.Core.Pipeline;

namespace OnRecord.Extraction.Time;

/// <summary>
/// Pipeline stage: finds DATE, TIME, DURATION and SET expressions and normalises each to a TIMEX3 value
/// against the document date, in document order so that "that day" or "two days later" can count from the last date mentioned.
/// </summary>
public sealed class TimeExpressionStage : IPipelineStage
{
    public string Name => "timexes";

    public StageInfo Info => new(Layers.Tokens | Layers.Sentences, Layers.Timexes);

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Timexes.Clear();
        var candidates = TimexRecognizer.Recognize(document);
        DateOnly? lastDate = null;
        var lastGranularity = TimeUnit.None;
        // The last month or quarter mentioned, when it is newer than lastDate: "in January … from a year earlier" is 2023-01.
        DateOnly? period = null;
        var periodGranularity = TimeUnit.None;
        var periodSentence = -1;
        var sentence = -1;
        DateOnly? sentenceDay = null;
        var sentenceDayEnd = -1;
        for (var k = 0; k < candidates.Count; k++)
        {
            var c = candidates[k];
            if (c.Sentence != sentence)
            {
                sentence = c.Sentence;
                sentenceDay = null;
            }
            var range = RangeOf(document, c);
            var tense = TenseReader.Read(document, range, c.Start, c.End);
            if (period is not null && periodSentence == c.Sentence && IsYearAgo(c.Meaning))
            {
                // "rose 3 percent in February from a year ago": the same period a year before, as with "a year earlier".
                c.Meaning.Anaphoric = true;
            }
            if (period is not null && IsBarePeriod(c.Meaning, periodGranularity) && StartsWithThe(document, c))
            {
                // "Profit fell in the fourth quarter. Sales for the quarter rose": the quarter just named, not the current one.
                c.Meaning.Anaphoric = true;
            }
            if (c.Meaning.Overnight && tense == Tense.Past)
            {
                c.Meaning.Shift = -1;
            }
            if (period is null && tense == Tense.Past && IsBarePeriod(c.Meaning, TimeUnit.Quarter) && StartsWithThe(document, c))
            {
                // "reported a loss for the quarter" with no quarter named before: the last one completed.
                c.Meaning.Shift = -1;
            }
            var anchor = period is not null && CountsFromPeriod(c.Meaning)
                ? new TimexAnchor(document.Date, period, periodGranularity, sentenceDay, tense)
                : new TimexAnchor(document.Date, lastDate, lastGranularity, sentenceDay, tense);
            if (tense == Tense.Future && sentenceDay is { } spoken && spoken < document.Date && IsBareWeekday(c.Meaning)
                && HasWouldBetween(document, sentenceDayEnd, c.Start))
            {
                // "said on Thursday that talks would resume on Monday": the Monday after the day of speaking.
                anchor = anchor with { DocumentDate = spoken };
            }
            if (c.Meaning.IsClockOnly && DayNamedAfter(document, candidates, k, anchor) is { } after)
            {
                anchor = anchor with { SentenceDay = after };
            }
            var (type, value) = TimexNormalizer.Normalize(c.Meaning, anchor);
            var chars = document.CharRange(new TokenRange(c.Start, c.End));
            document.Timexes.Add(new TimeExpression(chars, type, value, c.Meaning.Mod.Name()));
            if (TimexValues.TryParseDay(value, out var day))
            {
                lastDate = day;
                lastGranularity = TimeUnit.Day;
                sentenceDay = day;
                sentenceDayEnd = c.End;
                period = null;
            }
            else if (type == TimexType.DATE && TimexValues.TryParseYear(value, out var year))
            {
                lastDate = new DateOnly(year, 1, 1);
                lastGranularity = TimeUnit.Year;
                period = null;
                if (TimexValues.TryParsePeriod(value, out var start, out var grain))
                {
                    period = start;
                    periodGranularity = grain;
                    periodSentence = c.Sentence;
                }
            }
        }
    }

    /// <summary>"a year earlier", "the previous month", "the previous quarter": counted from a month or quarter just named.</summary>
    private static bool CountsFromPeriod(TimexMeaning m) =>
        m.Anaphoric && (m.ReferenceGranularity || m.ShiftUnit is TimeUnit.Month or TimeUnit.Quarter);

    private static bool IsBarePeriod(TimexMeaning m, TimeUnit periodGranularity) =>
        !m.Anaphoric && m.Shift == 0 && m.ShiftUnit == periodGranularity && m.Literal is null && m.Nth == 0 && m.Weekday == 0 && m.Month == 0 && m.Quarter == 0;

    /// <summary>"the quarter" (anaphoric), not "this quarter" (the current one).</summary>
    private static bool StartsWithThe(Document document, in TimexCandidate c)
    {
        var t = document.TokenSpan[c.Start];
        return c.End - c.Start == 2 && document.Text.AsSpan(t.Start, t.End - t.Start).Equals("the", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsBareWeekday(TimexMeaning m) =>
        m.Weekday > 0 && m.Month == 0 && m.Day == 0 && m.Year == 0 && !m.IsShift && m.Direction == 0 && m.Literal is null;

    /// <summary>"would" between the day of a statement and a later day: the future as seen from that statement.</summary>
    private static bool HasWouldBetween(Document document, int from, int to)
    {
        var tokens = document.TokenSpan;
        for (var i = Math.Max(from, 0); i < to && i < tokens.Length; i++)
        {
            if (document.Text.AsSpan(tokens[i].Start, tokens[i].End - tokens[i].Start).Equals("would", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsYearAgo(TimexMeaning m) => m.ReferenceGranularity && !m.Anaphoric && m.Shift == -1 && m.ShiftUnit == TimeUnit.Year;

    private static TokenRange RangeOf(Document document, in TimexCandidate c) =>
        document.Sentences.IsEmpty ? new TokenRange(0, document.TokenCount) : document.Sentences[c.Sentence];

    /// <summary>
    /// Wire stories give the clock time before its day: "at 10 a.m. (0900 GMT) on Thursday". The day is the first
    /// day-level date a few tokens on in the same sentence, past any other clock times.
    /// </summary>
    private static DateOnly? DayNamedAfter(Document document, List<TimexCandidate> candidates, int k, in TimexAnchor anchor)
    {
        const int MaxGap = 6;
        var end = candidates[k].End;
        for (var j = k + 1; j < candidates.Count; j++)
        {
            var next = candidates[j];
            if (next.Sentence != candidates[k].Sentence || next.Start - end > MaxGap)
            {
                return null;
            }
            if (next.Meaning.IsClockOnly)
            {
                end = next.End;
                continue;
            }
            if (!next.Meaning.IsDay)
            {
                return null;
            }
            var tense = TenseReader.Read(document, RangeOf(document, next), next.Start, next.End);
            var (_, value) = TimexNormalizer.Normalize(next.Meaning, anchor with { Tense = tense });
            return TimexValues.TryParseDay(value, out var day) ? day : null;
        }
        return null;
    }
}
