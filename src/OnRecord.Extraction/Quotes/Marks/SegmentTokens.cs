namespace OnRecord.Extraction.Quotes.Marks;

/// <summary>A quotation segment with its token boundaries: mark tokens, then inner tokens <c>[InnerStart, InnerEnd)</c>.</summary>
internal readonly record struct SegmentTokens(QuotedSegment Segment, int OpenToken, int InnerStart, int InnerEnd, int CloseEnd)
{
    public bool IsDouble => Segment.IsDouble;
}
