namespace OnRecord.Extraction.Time;

/// <summary>
/// What a time expression is normalised against: the document date, the last date the text mentioned
/// (for "that day", "two days later") and its granularity, the day the sentence talks about (for a bare
/// "10 a.m."), and the tense around the expression.
/// </summary>
internal readonly record struct TimexAnchor(DateOnly? DocumentDate, DateOnly? LastDate, TimeUnit LastGranularity, DateOnly? SentenceDay, Tense Tense);
