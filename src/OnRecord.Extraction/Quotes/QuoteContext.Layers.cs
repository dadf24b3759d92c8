using OnRecord.Core.Documents;

namespace OnRecord.Extraction.Quotes;

/// <summary>The layers earlier stages may have assigned (tags, parse, entities), read without failing when they have not.</summary>
internal sealed partial class QuoteContext
{
    /// <summary>UD part of speech when a tagger ran, else <see cref="UniversalPos.None"/>.</summary>
    public UniversalPos Pos(int i) => HasTags && (uint)i < (uint)Count ? Document.TokenSpan[i].Pos : UniversalPos.None;

    /// <summary>The syntactic head when a parser ran, else <see cref="TokenData.NoHead"/>.</summary>
    public int Head(int i) => HasParse && (uint)i < (uint)Count ? Document.TokenSpan[i].Head : TokenData.NoHead;

    public string? Dep(int i) => HasParse && (uint)i < (uint)Count ? Document.TokenSpan[i].Dep : null;

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

    /// <summary>Hash of the lemma when a lemmatizer ran, else of the word (case-folded either way).</summary>
    public ulong LemmaHash(int i)
    {
        if ((uint)i >= (uint)Count)
        {
            return 0;
        }
        if (_lemmas is null)
        {
            var lemmas = new ulong[Count];
            var tokens = Document.TokenSpan;
            for (var k = 0; k < Count; k++)
            {
                lemmas[k] = tokens[k].Lemma is { } lemma ? WordHash.Of(lemma) : Hashes[k];
            }
            _lemmas = lemmas;
        }
        return _lemmas[i];
    }

    private ulong[]? _lemmas;

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
}
