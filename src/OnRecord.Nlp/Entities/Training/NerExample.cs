using System.Text;
using OnRecord.Core.Documents;

namespace OnRecord.Nlp.Entities.Training;

/// <summary>
/// A pre-tokenized document built from gold sentences (words joined by spaces, sentences by line breaks) with
/// its gold BIO tags; <see cref="Masked"/> marks tokens whose gold tag is unknown.
/// </summary>
public sealed record NerExample(Document Document, byte[] Gold, IReadOnlyList<NerSentence> Sentences)
{
    public const byte Masked = byte.MaxValue;

    /// <summary>Groups sentences into documents at <see cref="NerSentence.NewDocument"/>, at most <paramref name="maxSentences"/> each.</summary>
    public static List<NerExample> FromSentences(IEnumerable<NerSentence> sentences, string idPrefix, int maxSentences = 200)
    {
        var examples = new List<NerExample>();
        var current = new List<NerSentence>();
        foreach (var s in sentences)
        {
            if ((s.NewDocument || current.Count >= maxSentences) && current.Count > 0)
            {
                examples.Add(Build(current, $"{idPrefix}-{examples.Count}"));
                current = [];
            }
            current.Add(s);
        }
        if (current.Count > 0)
        {
            examples.Add(Build(current, $"{idPrefix}-{examples.Count}"));
        }
        return examples;
    }

    public static NerExample Build(IReadOnlyList<NerSentence> sentences, string id)
    {
        var text = new StringBuilder();
        var tokenCount = sentences.Sum(s => s.Words.Length);
        var tokens = new TokenData[tokenCount];
        var ranges = new TokenRange[sentences.Count];
        var gold = new byte[tokenCount];
        var t = 0;
        for (var si = 0; si < sentences.Count; si++)
        {
            var sentence = sentences[si];
            var first = t;
            for (var w = 0; w < sentence.Words.Length; w++)
            {
                var word = sentence.Words[w].Length == 0 ? "_" : sentence.Words[w].Replace(' ', '_').Replace('\n', '_');
                var start = text.Length;
                text.Append(word);
                tokens[t++] = new TokenData(start, text.Length, TokenFlags.SpaceAfter);
                text.Append(w == sentence.Words.Length - 1 ? '\n' : ' ');
            }
            ranges[si] = new TokenRange(first, t);
            foreach (var m in sentence.Mentions)
            {
                for (var i = m.Start; i < m.End; i++)
                {
                    gold[first + i] = m.Label is { } label
                        ? EntityTagSet.ForPosition(label, i - m.Start, m.End - m.Start)
                        : Masked;
                }
            }
        }
        var document = new Document(id, text.ToString());
        document.SetTokens(tokens, tokenCount);
        document.SetSentences(ranges);
        return new NerExample(document, gold, sentences);
    }
}
