namespace OnRecord.Extraction.Time;

/// <summary>The tense around a time expression, which decides whether "on Tuesday" or "in November" looks back or ahead.</summary>
public enum Tense : byte
{
    None,
    Past,
    Present,
    Future,
}
