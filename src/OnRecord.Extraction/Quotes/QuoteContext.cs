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
internal sealed class QuoteContext
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
            Shapes[i] = ShapeOf(word) | (i == 0 || ParagraphOf[i - 1] != paragraph ? WordShape.ParagraphStart : WordShape.None);
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

    /// <summary>UD part of speech when a tagger ran, else <see cref="UniversalPos.None"/>.</summary>
    public UniversalPos Pos(int i) => HasTags && (uint)i < (uint)Count ? Document.TokenSpan[i].Pos : UniversalPos.None;

    /// <summary>The syntactic head when a parser ran, else <see cref="TokenData.NoHead"/>.</summary>
    public int Head(int i) => HasParse && (uint)i < (uint)Count ? Document.TokenSpan[i].Head : TokenData.NoHead;

    public string? Dep(int i) => HasParse && (uint)i < (uint)Count ? Document.TokenSpan[i].Dep : null;

    /// <summary>Number of tokens before <paramref name="i"/> that are commas, quotation marks, or cue words: for counting what lies between two tokens.</summary>
    public int CommasBefore(int i) => Prefix().Commas[Math.Clamp(i, 0, Count)];

    public int MarksBefore(int i) => Prefix().Marks[Math.Clamp(i, 0, Count)];

    public int CuesBefore(int i) => Prefix().Cues[Math.Clamp(i, 0, Count)];

    /// <summary>", adding …", ", saying …": participle cues after a comma, before <paramref name="i"/>.</summary>
    public int ParticiplesBefore(int i) => Prefix().Participles[Math.Clamp(i, 0, Count)];

    /// <summary>Clause joints before <paramref name="i"/>: "but", "while", ";" and "and" before a verb-like word.</summary>
    public int JointsBefore(int i) => Prefix().Joints[Math.Clamp(i, 0, Count)];

    private (int[] Commas, int[] Marks, int[] Cues, int[] Joints, int[] Participles)? _prefix;

    private (int[] Commas, int[] Marks, int[] Cues, int[] Joints, int[] Participles) Prefix()
    {
        if (_prefix is { } prefix)
        {
            return prefix;
        }
        var commas = new int[Count + 1];
        var marks = new int[Count + 1];
        var cues = new int[Count + 1];
        var joints = new int[Count + 1];
        var participles = new int[Count + 1];
        for (var i = 0; i < Count; i++)
        {
            var participle = i > 0 && (Shapes[i - 1] & WordShape.Comma) != 0 && Lexicon.CueLexicon.TryGet(Word(i), out var cue) && cue.IsParticiple;
            participles[i + 1] = participles[i] + (participle ? 1 : 0);
            commas[i + 1] = commas[i] + ((Shapes[i] & WordShape.Comma) != 0 ? 1 : 0);
            marks[i + 1] = marks[i] + ((Shapes[i] & (WordShape.OpenMark | WordShape.CloseMark)) != 0 ? 1 : 0);
            cues[i + 1] = cues[i] + (Lexicon.CueLexicon.Contains(Word(i)) ? 1 : 0);
            joints[i + 1] = joints[i] + (IsJoint(i) ? 1 : 0);
        }
        _prefix = (commas, marks, cues, joints, participles);
        return _prefix.Value;
    }

    private bool IsJoint(int i)
    {
        var w = Word(i);
        if (w is ";" || w.Equals("but", StringComparison.OrdinalIgnoreCase) || w.Equals("while", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        if (!w.Equals("and", StringComparison.OrdinalIgnoreCase) || i + 1 >= Count)
        {
            return false;
        }
        var next = Word(i + 1);
        return Lexicon.CueLexicon.Contains(next) || next.EndsWith("ed", StringComparison.Ordinal) || next.Equals("that", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The entity label (plus one) of the entity a token belongs to, 0 when none or when no recogniser ran.</summary>
    public ulong EntityOf(int i)
    {
        if (!HasEntities || (uint)i >= (uint)Count)
        {
            return 0;
        }
        if (_entityOf is null)
        {
            var labels = new byte[Count];
            foreach (var e in Document.Entities)
            {
                for (var k = Document.TokenIndexAt(e.Range.Start); k < Count && Starts[k] < e.Range.End; k++)
                {
                    labels[k] = (byte)((int)e.Label + 1);
                }
            }
            _entityOf = labels;
        }
        return _entityOf[i];
    }

    private byte[]? _entityOf;

    /// <summary>First token of the parse subtree headed by <paramref name="i"/> (itself without a parse).</summary>
    public int LeftEdge(int i) => HasParse ? Edges().Left[i] : i;

    /// <summary>Last token (inclusive) of the parse subtree headed by <paramref name="i"/>.</summary>
    public int RightEdge(int i) => HasParse ? Edges().Right[i] : i;

    private (int[] Left, int[] Right)? _edges;

    private (int[] Left, int[] Right) Edges()
    {
        if (_edges is { } edges)
        {
            return edges;
        }
        var left = new int[Count];
        var right = new int[Count];
        for (var i = 0; i < Count; i++)
        {
            left[i] = right[i] = i;
        }
        var tokens = Document.TokenSpan;
        for (var i = 0; i < Count; i++)
        {
            var h = tokens[i].Head;
            // A malformed parse with a cycle must not hang the stage: no chain is longer than the document.
            for (var steps = 0; h >= 0 && h < Count && steps < Count; steps++)
            {
                if (i < left[h])
                {
                    left[h] = i;
                }
                if (i > right[h])
                {
                    right[h] = i;
                }
                h = tokens[h].Head;
            }
        }
        _edges = (left, right);
        return _edges.Value;
    }

    private int FirstStartingAtOrAfter(int offset)
    {
        var i = Document.TokenIndexAt(offset);
        while (i < Count && Starts[i] < offset)
        {
            i++;
        }
        return i;
    }

    private static WordShape ShapeOf(ReadOnlySpan<char> word)
    {
        var shape = WordShape.None;
        var first = word[0];
        bool anyLetter = false, anyDigit = false, allUpper = true, anyLetterOrDigit = false;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                anyLetter = true;
                anyLetterOrDigit = true;
                allUpper &= char.IsUpper(c);
            }
            else if (char.IsDigit(c))
            {
                anyDigit = true;
                anyLetterOrDigit = true;
            }
        }
        if (char.IsUpper(first))
        {
            shape |= WordShape.Capitalized;
            if (allUpper && anyLetter && word.Length > 1)
            {
                shape |= WordShape.AllCaps;
            }
        }
        else if (char.IsLower(first))
        {
            shape |= WordShape.Lower;
        }
        if (anyDigit)
        {
            shape |= WordShape.Digit;
        }
        if (!anyLetterOrDigit)
        {
            shape |= WordShape.Punct;
            if (word.Length == 1)
            {
                shape |= first switch
                {
                    ',' => WordShape.Comma,
                    '.' or '!' or '?' or '…' => WordShape.SentenceFinal,
                    ':' or ';' => WordShape.Colon,
                    '—' or '–' or '-' or '―' => WordShape.Dash,
                    '(' or ')' or '[' or ']' => WordShape.Bracket,
                    _ => WordShape.None,
                };
            }
            else if (word is "--" or "...")
            {
                shape |= word[0] == '-' ? WordShape.Dash : WordShape.SentenceFinal;
            }
        }
        // "US" is a country, not the pronoun "us".
        if (Pronouns.IsPronoun(word) && (shape & WordShape.AllCaps) == 0 || word is "I")
        {
            shape |= WordShape.Pronoun;
        }
        if (NameWords.Honorifics.Contains(word) && char.IsUpper(first))
        {
            shape |= WordShape.Honorific;
        }
        return shape;
    }
}

/// <summary>A quotation segment with its token boundaries: mark tokens, then inner tokens <c>[InnerStart, InnerEnd)</c>.</summary>
internal readonly record struct SegmentTokens(QuotedSegment Segment, int OpenToken, int InnerStart, int InnerEnd, int CloseEnd)
{
    public bool IsDouble => Segment.IsDouble;
}
