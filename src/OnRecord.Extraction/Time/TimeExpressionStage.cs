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
        var sentence = -1;
        DateOnly? sentenceDay = null;
        foreach (var c in candidates)
        {
            if (c.Sentence != sentence)
            {
                sentence = c.Sentence;
                sentenceDay = null;
            }
            var range = document.Sentences.IsEmpty ? new TokenRange(0, document.TokenCount) : document.Sentences[c.Sentence];
            var tense = TenseReader.Read(document, range, c.Start, c.End);
            var anchor = new TimexAnchor(document.Date, lastDate, lastGranularity, sentenceDay, tense);
            var (type, value) = TimexNormalizer.Normalize(c.Meaning, anchor);
            var chars = document.CharRange(new TokenRange(c.Start, c.End));
            document.Timexes.Add(new TimeExpression(chars, type, value, c.Meaning.Mod.Name()));
            if (TimexValues.TryParseDay(value, out var day))
            {
                lastDate = day;
                lastGranularity = TimeUnit.Day;
                sentenceDay = day;
            }
            else if (type == TimexType.DATE && TimexValues.TryParseYear(value, out var year))
            {
                lastDate = new DateOnly(year, 1, 1);
                lastGranularity = TimeUnit.Year;
            }
        }
    }
}
