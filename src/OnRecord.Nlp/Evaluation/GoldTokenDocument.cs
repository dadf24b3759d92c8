using OnRecord.Core.Documents;
using OnRecord.Nlp.Corpora;

namespace OnRecord.Nlp.Evaluation;

/// <summary>A document over a treebank's raw text whose tokens and sentences are the gold ones.</summary>
public static class GoldTokenDocument
{
    public static Document Create(string id, ConlluRawText gold)
    {
        ArgumentNullException.ThrowIfNull(gold);
        var document = new Document(id, gold.Text);
        var words = gold.Words;
        var tokens = new TokenData[words.Count];
        var text = gold.Text;
        var surface = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var range = words[i].Range;
            var flags = TokenFlags.None;
            while (surface < gold.Tokens.Count && gold.Tokens[surface].End <= range.Start)
            {
                surface++;
            }
            if (i + 1 < words.Count && surface < gold.Tokens.Count && gold.Tokens[surface].End > range.End)
            {
                flags |= TokenFlags.JoinedToNext;
            }
            var gapEnd = i + 1 < words.Count ? words[i + 1].Range.Start : text.Length;
            for (var c = range.End; c < gapEnd; c++)
            {
                flags |= char.IsWhiteSpace(text[c]) ? TokenFlags.SpaceAfter : TokenFlags.None;
                flags |= text[c] == '\n' ? TokenFlags.NewlineAfter : TokenFlags.None;
            }
            if (i == 0 || text.AsSpan(words[i - 1].Range.End, range.Start - words[i - 1].Range.End).Contains("\n\n", StringComparison.Ordinal))
            {
                flags |= TokenFlags.ParagraphStart;
            }
            tokens[i] = new TokenData(range.Start, range.End, flags);
        }
        document.SetTokens(tokens, tokens.Length);
        var sentences = new TokenRange[gold.SentenceWords.Count];
        for (var s = 0; s < sentences.Length; s++)
        {
            sentences[s] = new TokenRange(gold.SentenceWords[s].Start, gold.SentenceWords[s].End);
        }
        document.SetSentences(sentences);
        return document;
    }
}
