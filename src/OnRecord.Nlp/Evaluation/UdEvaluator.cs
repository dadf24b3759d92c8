using OnRecord.Core.Documents;
using OnRecord.Core.Pipeline;
using OnRecord.Nlp.Corpora;

namespace OnRecord.Nlp.Evaluation;

/// <summary>
/// Scores a pipeline's analysis of a CoNLL-U file's raw text as the CoNLL 2018 shared task does: tokens and
/// sentences by character span; words aligned by span, and UPOS/XPOS/lemma/UAS/LAS as aligned-word F1
/// (LAS compares universal relations without subtypes).
/// </summary>
public static class UdEvaluator
{
    public static UdScores Evaluate(ConlluRawText gold, Document system)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(system);
        var tokens = system.TokenSpan;

        // Surface tokens: words joined by JoinedToNext form one token.
        var systemTokens = new List<TextRange>(tokens.Length);
        for (var i = 0; i < tokens.Length; i++)
        {
            var start = tokens[i].Start;
            while ((tokens[i].Flags & TokenFlags.JoinedToNext) != 0 && i + 1 < tokens.Length)
            {
                i++;
            }
            systemTokens.Add(new TextRange(start, tokens[i].End));
        }
        var tokenScore = MatchSpans(systemTokens, gold.Tokens);

        var systemSentences = new List<TextRange>(system.Sentences.Length);
        foreach (var s in system.Sentences)
        {
            systemSentences.Add(system.CharRange(s));
        }
        var sentenceScore = MatchSpans(systemSentences, gold.Sentences);

        // Word alignment by identical span; a system word aligns to at most one gold word.
        var goldIndexBySpan = new Dictionary<TextRange, int>(gold.Words.Count);
        for (var g = 0; g < gold.Words.Count; g++)
        {
            goldIndexBySpan.TryAdd(gold.Words[g].Range, g);
        }
        var alignment = new int[tokens.Length];
        var goldToSystem = new int[gold.Words.Count];
        Array.Fill(goldToSystem, -1);
        var aligned = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            alignment[i] = -1;
            if (goldIndexBySpan.TryGetValue(new TextRange(tokens[i].Start, tokens[i].End), out var g) && goldToSystem[g] < 0)
            {
                alignment[i] = g;
                goldToSystem[g] = i;
                aligned++;
            }
        }
        var wordScore = new PrfCounts(aligned, tokens.Length, gold.Words.Count);

        var assigned = system.Assigned;
        int upos = 0, xpos = 0, lemmas = 0, uas = 0, las = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var g = alignment[i];
            if (g < 0)
            {
                continue;
            }
            var gw = gold.Words[g].Word;
            ref readonly var t = ref tokens[i];
            if (t.Pos.Name() == gw.Upos)
            {
                upos++;
            }
            if (t.Xpos == gw.Xpos)
            {
                xpos++;
            }
            if (t.Lemma == gw.Lemma)
            {
                lemmas++;
            }
            var headMatches = t.Head == TokenData.RootHead
                ? gold.Words[g].GlobalHead == -1
                : t.Head >= 0 && alignment[t.Head] >= 0 && alignment[t.Head] == gold.Words[g].GlobalHead;
            if (headMatches)
            {
                uas++;
                if (UniversalPart(t.Dep).SequenceEqual(UniversalPart(gw.Deprel)))
                {
                    las++;
                }
            }
        }
        var systemCount = tokens.Length;
        PrfCounts Score(int correct) => new(correct, systemCount, gold.Words.Count);
        return new UdScores
        {
            Tokens = tokenScore,
            Sentences = sentenceScore,
            Words = wordScore,
            Upos = (assigned & Layers.Tags) != 0 ? Score(upos) : null,
            Xpos = (assigned & Layers.Tags) != 0 ? Score(xpos) : null,
            Lemmas = (assigned & Layers.Lemmas) != 0 ? Score(lemmas) : null,
            Uas = (assigned & Layers.Parse) != 0 ? Score(uas) : null,
            Las = (assigned & Layers.Parse) != 0 ? Score(las) : null,
        };
    }

    private static ReadOnlySpan<char> UniversalPart(string? dep)
    {
        if (dep is null)
        {
            return default;
        }
        var colon = dep.IndexOf(':');
        return colon < 0 ? dep : dep.AsSpan(0, colon);
    }

    private static PrfCounts MatchSpans(List<TextRange> system, List<TextRange> gold)
    {
        var goldSet = new HashSet<TextRange>(gold);
        var correct = 0;
        foreach (var s in system)
        {
            if (goldSet.Remove(s))
            {
                correct++;
            }
        }
        return new PrfCounts(correct, system.Count, gold.Count);
    }
}
