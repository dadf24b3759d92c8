using System.Text;
using OnRecord.Core.Documents;

namespace OnRecord.Nlp.Corpora;

/// <summary>A gold word placed in the reconstructed raw text.</summary>
public readonly record struct GoldWord(TextRange Range, ConlluWord Word, int GlobalHead);

/// <summary>
/// The raw text of a CoNLL-U file rebuilt from its surface tokens and <c>SpaceAfter=No</c>: sentences of one
/// paragraph are joined by a space, paragraphs and documents by a blank line (as the CoNLL 2018 shared task's raw text).
/// Gives the gold surface tokens, words and sentences as character ranges.
/// </summary>
public sealed class ConlluRawText
{
    public required string Text { get; init; }

    public required List<TextRange> Tokens { get; init; }

    public required List<GoldWord> Words { get; init; }

    public required List<TextRange> Sentences { get; init; }

    /// <summary>Word index ranges (into <see cref="Words"/>) of each sentence.</summary>
    public required List<(int Start, int End)> SentenceWords { get; init; }

    /// <summary>One raw text per treebank document (<c># newdoc</c>).</summary>
    public static IEnumerable<ConlluRawText> BuildDocuments(IEnumerable<ConlluSentence> sentences)
    {
        var current = new List<ConlluSentence>();
        foreach (var sentence in sentences)
        {
            if (sentence.NewDocument && current.Count > 0)
            {
                yield return Build(current);
                current = [];
            }
            current.Add(sentence);
        }
        if (current.Count > 0)
        {
            yield return Build(current);
        }
    }

    public static ConlluRawText Build(IEnumerable<ConlluSentence> sentences)
    {
        var text = new StringBuilder();
        var tokens = new List<TextRange>();
        var words = new List<GoldWord>();
        var sentenceRanges = new List<TextRange>();
        var sentenceWords = new List<(int, int)>();
        var first = true;
        foreach (var sentence in sentences)
        {
            if (!first)
            {
                text.Append(sentence.NewParagraph || sentence.NewDocument ? "\n\n" : " ");
            }
            first = false;
            var sentenceStart = text.Length;
            var wordBase = words.Count;
            var mwtIndex = 0;
            var w = 0;
            var lastSpaceAfter = false;
            while (w < sentence.Words.Count)
            {
                var word = sentence.Words[w];
                var mwt = mwtIndex < sentence.Multiwords.Count && sentence.Multiwords[mwtIndex].First == word.Id
                    ? sentence.Multiwords[mwtIndex]
                    : null;
                var start = text.Length;
                if (mwt is not null)
                {
                    mwtIndex++;
                    text.Append(mwt.Form);
                    var count = mwt.Last - mwt.First + 1;
                    var parts = SplitSurface(mwt.Form, sentence.Words, w, count);
                    for (var k = 0; k < count; k++)
                    {
                        var part = sentence.Words[w + k];
                        words.Add(new GoldWord(new TextRange(start + parts[k].Start, start + parts[k].End), part, GlobalHead(part, wordBase)));
                    }
                    tokens.Add(new TextRange(start, text.Length));
                    lastSpaceAfter = mwt.SpaceAfter;
                    w += count;
                }
                else
                {
                    text.Append(word.Form);
                    words.Add(new GoldWord(new TextRange(start, text.Length), word, GlobalHead(word, wordBase)));
                    tokens.Add(new TextRange(start, text.Length));
                    lastSpaceAfter = word.SpaceAfter;
                    w++;
                }
                if (lastSpaceAfter && w < sentence.Words.Count)
                {
                    text.Append(' ');
                }
            }
            sentenceRanges.Add(new TextRange(sentenceStart, text.Length));
            sentenceWords.Add((wordBase, words.Count));
        }
        return new ConlluRawText { Text = text.ToString(), Tokens = tokens, Words = words, Sentences = sentenceRanges, SentenceWords = sentenceWords };
    }

    private static int GlobalHead(ConlluWord word, int wordBase) => word.Head <= 0 ? -1 : wordBase + word.Head - 1;

    /// <summary>Character ranges of the words of a multiword token within its surface form ("don't" → "do" + "n't").</summary>
    private static TextRange[] SplitSurface(string surface, List<ConlluWord> words, int first, int count)
    {
        var parts = new TextRange[count];
        var position = 0;
        for (var k = 0; k < count; k++)
        {
            var form = words[first + k].Form;
            var fits = position + form.Length <= surface.Length
                && surface.AsSpan(position, form.Length).Equals(form, StringComparison.OrdinalIgnoreCase);
            if (!fits || (k == count - 1 && position + form.Length != surface.Length))
            {
                // Forms that do not spell the surface ("wo" "n't" of "won't" do; "its" → "it" "s" may not): the rest goes to the last words.
                for (var j = k; j < count; j++)
                {
                    parts[j] = new TextRange(position, surface.Length);
                }
                return parts;
            }
            parts[k] = new TextRange(position, position + form.Length);
            position += form.Length;
        }
        return parts;
    }
}
