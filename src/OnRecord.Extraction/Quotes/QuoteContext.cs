using OnRecord.Core.Documents;
using OnRecord.Core.Pipeline;
using OnRecord.Extraction.Quotes.Lexicon;
using OnRecord.Extraction.Quotes.Marks;

namespace OnRecord.Extraction.Quotes;

/// <summary>
/// One document prepared for attribution finding: per-token shape, word hash, sentence, paragraph and
/// quotation membership, plus the paired quotation segments. Built once per document, read by the rules,
/// the learned model and the speaker resolver alike.
/// </summary>
internal sealed partial class QuoteContext
{
    public QuoteContext(Document document)
    {
        Document = document;
        Text = document.Text;
        Count = document.TokenCount;
        Starts = new int[Count];
        Ends = new int[Count];
        Shapes = new WordShape[Count];
        Hashes = new ulong[Count];
        SentenceOf = new int[Count];
        ParagraphOf = new int[Count];
        SegmentOf = new int[Count];
        Sentences = document.Sentences.ToArray();
        HasTags = (document.Assigned & Layers.Tags) != 0;
        HasParse = (document.Assigned & Layers.Parse) != 0;
        HasEntities = (document.Assigned & Layers.Entities) != 0;

        var tokens = document.TokenSpan;
        var paragraph = 0;
        for (var i = 0; i < Count; i++)
        {
            ref readonly var t = ref tokens[i];
            Starts[i] = t.Start;
            Ends[i] = t.End;
            var word = Text.AsSpan(t.Start, t.End - t.Start);
            Hashes[i] = WordHash.Of(word);
            if (i > 0 && ((t.Flags & TokenFlags.ParagraphStart) != 0 || (tokens[i - 1].Flags & TokenFlags.NewlineAfter) != 0))
            {
                paragraph++;
            }
            ParagraphOf[i] = paragraph;
            Shapes[i] = WordShapes.Of(word) | (i == 0 || ParagraphOf[i - 1] != paragraph ? WordShape.ParagraphStart : WordShape.None);
            SegmentOf[i] = -1;
        }
        for (var s = 0; s < Sentences.Length; s++)
        {
            var range = Sentences[s];
            for (var i = range.Start; i < range.End; i++)
            {
                SentenceOf[i] = s;
            }
            if (!range.IsEmpty)
            {
                Shapes[range.Start] |= WordShape.SentenceStart;
            }
        }
        var segments = QuotePairer.Pair(Text, document.Body);
        Segments = new SegmentTokens[segments.Count];
        for (var k = 0; k < segments.Count; k++)
        {
            var seg = segments[k];
            var open = document.TokenIndexAt(seg.Outer.Start);
            var innerStart = FirstStartingAtOrAfter(seg.Inner.Start);
            var innerEnd = FirstStartingAtOrAfter(seg.Inner.End);
            var closeEnd = FirstStartingAtOrAfter(seg.Outer.End);
            Segments[k] = new SegmentTokens(seg, open, innerStart, innerEnd, closeEnd);
            for (var i = open; i < innerStart; i++)
            {
                Shapes[i] |= WordShape.OpenMark;
            }
            for (var i = innerEnd; i < closeEnd; i++)
            {
                Shapes[i] |= WordShape.CloseMark;
            }
            if (seg.IsDouble)
            {
                for (var i = innerStart; i < innerEnd; i++)
                {
                    SegmentOf[i] = k;
                }
            }
        }
    }

    public Document Document { get; }

    public string Text { get; }

    public int Count { get; }

    public int[] Starts { get; }

    public int[] Ends { get; }

    public WordShape[] Shapes { get; }

    /// <summary><see cref="WordHash"/> of each token.</summary>
    public ulong[] Hashes { get; }

    public int[] SentenceOf { get; }

    public int[] ParagraphOf { get; }

    /// <summary>Index into <see cref="Segments"/> of the double-quoted segment a token lies inside, or -1.</summary>
    public int[] SegmentOf { get; }

    public TokenRange[] Sentences { get; }

    public SegmentTokens[] Segments { get; }

    public bool HasTags { get; }

    public bool HasParse { get; }

    public bool HasEntities { get; }

    public ReadOnlySpan<char> Word(int i) => Text.AsSpan(Starts[i], Ends[i] - Starts[i]);

    public bool Is(int i, WordShape shape) => (uint)i < (uint)Count && (Shapes[i] & shape) != 0;

    public bool IsWord(int i, string word) => (uint)i < (uint)Count && Word(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool InQuote(int i) => (uint)i < (uint)Count && SegmentOf[i] >= 0;

    public TextRange CharRange(int start, int end) => end <= start ? new TextRange(Starts[Math.Min(start, Count - 1)], Starts[Math.Min(start, Count - 1)]) : new TextRange(Starts[start], Ends[end - 1]);

    private int FirstStartingAtOrAfter(int offset)
    {
        var i = Document.TokenIndexAt(offset);
        while (i < Count && Starts[i] < offset)
        {
            i++;
        }
        return i;
    }
}
