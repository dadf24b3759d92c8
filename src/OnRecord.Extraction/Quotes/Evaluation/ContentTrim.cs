using OnRecord.Core.Documents;
using OnRecord.Extraction.Quotes.Marks;

namespace OnRecord.Extraction.Quotes.Evaluation;

/// <summary>
/// The span two contents are compared on: the content with surrounding quotation marks, spaces and
/// final punctuation trimmed, so that <c>“We won.”</c> and <c>We won</c> are the same quotation.
/// </summary>
public static class ContentTrim
{
    public static TextRange Trim(string text, TextRange range)
    {
        int start = range.Start, end = range.End;
        while (start < end && (char.IsWhiteSpace(text[start]) || QuoteMarks.IsTrimmable(text[start])))
        {
            start++;
        }
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || QuoteMarks.IsTrimmable(text[end - 1]) || IsFinalPunctuation(text[end - 1])))
        {
            end--;
        }
        return new TextRange(start, end);
    }

    private static bool IsFinalPunctuation(char c) => c is '.' or ',' or ';' or ':' or '!' or '?' or '…';
}
