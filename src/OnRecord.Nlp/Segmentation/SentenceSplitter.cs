using OnRecord.Core.Documents;
using OnRecord.Nlp.Models;
using OnRecord.Nlp.Tokenization;

namespace OnRecord.Nlp.Segmentation;

/// <summary>
/// Sentence boundaries over tokens: a learned boundary classifier (<see cref="SentenceBoundaryModel"/>) that
/// takes the hand-written rules' decision as one of its features, under hard constraints: a paragraph
/// break always ends a sentence, a title ("Mr.", "Gen.") never does, and the rules decide at line ends. Thread-safe.
/// </summary>
public sealed class SentenceSplitter
{
    public const string ModelFileName = "sentences.bin";

    private static readonly Lazy<SentenceSplitter> Shipped = new(() =>
        new SentenceSplitter(SentenceBoundaryModel.Load(ModelDirectory.File(ModelFileName))));

    public SentenceSplitter(SentenceBoundaryModel? model)
    {
        Model = model;
    }

    /// <summary>The splitter with the shipped model.</summary>
    public static SentenceSplitter Default => Shipped.Value;

    /// <summary>The hand-written rules alone (for training and comparison).</summary>
    public static SentenceSplitter RulesOnly { get; } = new(null);

    public SentenceBoundaryModel? Model { get; }

    public TokenRange[] Split(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = document.TokenSpan;
        var text = document.Text.AsSpan();
        if (tokens.Length == 0)
        {
            return [];
        }
        var ruleBreaks = tokens.Length <= 4096 ? stackalloc bool[tokens.Length] : new bool[tokens.Length];
        ruleBreaks.Clear();
        SentenceBoundaryRules.Mark(tokens, text, ruleBreaks);
        Span<int> features = stackalloc int[SentenceBoundaryFeatures.MaxFeatures];
        var result = new List<TokenRange>(Math.Max(4, tokens.Length / 20));
        var start = 0;
        for (var i = 0; i < tokens.Length - 1; i++)
        {
            if (IsBoundary(tokens, text, i, ruleBreaks[i], i - start + 1, features))
            {
                result.Add(new TokenRange(start, i + 1));
                start = i + 1;
            }
        }
        result.Add(new TokenRange(start, tokens.Length));
        return [.. result];
    }

    private bool IsBoundary(ReadOnlySpan<TokenData> tokens, ReadOnlySpan<char> text, int i, bool ruleBreak, int sentenceLength, Span<int> features)
    {
        if ((tokens[i + 1].Flags & TokenFlags.ParagraphStart) != 0)
        {
            return true;
        }
        if (Abbreviations.IsTitle(text[tokens[i].Start..tokens[i].End]) && text[tokens[i].End - 1] == '.')
        {
            return false;
        }
        // Treebank text has no single line breaks to learn from; in news a rule break at a line end
        // (a headline, a line per paragraph) is reliable.
        if (Model is null || (ruleBreak && (tokens[i].Flags & TokenFlags.NewlineAfter) != 0))
        {
            return ruleBreak;
        }
        var n = SentenceBoundaryFeatures.Extract(tokens, text, i, ruleBreak, sentenceLength, Model.Mask, features);
        return Model.Score(features[..n]) > 0;
    }
}
