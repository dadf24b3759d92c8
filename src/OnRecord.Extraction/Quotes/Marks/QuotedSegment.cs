using OnRecord.Core.Documents;

namespace OnRecord.Extraction.Quotes.Marks;

/// <summary>
/// Text between a paired opening and closing quotation mark. <see cref="Outer"/> includes the marks,
/// <see cref="Inner"/> excludes them. A quotation continued over paragraphs (each paragraph reopening
/// the mark, only the last one closing it) is one segment with <see cref="SpansParagraphs"/> set.
/// </summary>
internal readonly record struct QuotedSegment(TextRange Outer, TextRange Inner, bool IsDouble, bool SpansParagraphs);
