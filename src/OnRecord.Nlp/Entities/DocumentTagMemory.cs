namespace OnRecord.Nlp.Entities;

/// <summary>
/// What the recogniser last tagged each capitalised word as earlier in the same document, so that a
/// later "Peskov" can lean on an earlier "Dmitry Peskov". One per document; not thread-safe.
/// </summary>
internal sealed class DocumentTagMemory
{
    private readonly Dictionary<ulong, byte> _last = [];

    /// <summary>1 + the last tag, or 0 when the word has not been seen capitalised.</summary>
    public byte Get(in TokenKeys token) =>
        (token.Traits & TokenTraits.Capitalised) != 0 && _last.TryGetValue(token.Word, out var tag) ? (byte)(tag + 1) : (byte)0;

    public void Set(in TokenKeys token, byte tag)
    {
        if ((token.Traits & TokenTraits.Capitalised) != 0)
        {
            // Record the label, not B/I: a name seen inside a longer one is still a name.
            _last[token.Word] = tag == EntityTagSet.Outside ? tag : EntityTagSet.Begin(EntityTagSet.LabelOf(tag));
        }
    }
}
