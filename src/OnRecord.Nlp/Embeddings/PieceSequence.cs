namespace OnRecord.Nlp.Embeddings;

/// <summary>
/// One encoder input: the word pieces of a run of tokens between [CLS] and [SEP], and for each token the range
/// of its pieces; <see cref="FirstToken"/> says where the run's vectors go in the output.
/// </summary>
internal sealed record PieceSequence(int[] Pieces, int[] TokenStarts, int FirstToken)
{
    /// <summary>Number of tokens covered (TokenStarts has one more entry, the end).</summary>
    public int TokenCount => TokenStarts.Length - 1;
}
