using OnRecord.Core.Annotations;
using OnRecord.Core.Documents;
using OnRecord.Nlp.Evaluation;

namespace OnRecord.Extraction.Quotes.Evaluation;

/// <summary>
/// Scores system quotations against gold ones document by document (see <see cref="QuoteScores"/> for the
/// definitions). Matching is one-to-one and greedy: exact pairs by identical trimmed span; overlap pairs in
/// order of decreasing shared fraction of the longer span.
/// </summary>
public sealed class QuoteEvaluator
{
    private static readonly QuoteKind[] KindOrder = [QuoteKind.Direct, QuoteKind.Indirect, QuoteKind.Mixed];

    /// <summary>Confidence levels at which precision is reported, so that users know what filtering by confidence buys.</summary>
    private static readonly double[] Levels = [0.5, 0.8, 0.9];

    private readonly int[] _levelCount = new int[Levels.Length];
    private readonly int[] _levelExact = new int[Levels.Length];
    private readonly int[] _levelOverlap = new int[Levels.Length];

    private readonly List<QuoteError> _errors = [];
    private readonly int[] _kindGold = new int[3];
    private readonly int[] _kindExact = new int[3];
    private readonly int[] _kindOverlap = new int[3];
    private PrfCounts _exact;
    private PrfCounts _overlap;
    private int _documents;
    private int _speakerCorrect;
    private int _speakerPairs;
    private int _speakerCorrectExact;
    private int _speakerPairsExact;

    public IReadOnlyList<QuoteError> Errors => _errors;

    public void Add(string documentId, string text, IReadOnlyList<GoldQuote> gold, IReadOnlyList<Quote> system)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(system);
        _documents++;
        var g = new TextRange[gold.Count];
        var s = new TextRange[system.Count];
        for (var i = 0; i < g.Length; i++)
        {
            g[i] = ContentTrim.Trim(text, gold[i].Content);
            _kindGold[(int)gold[i].Kind]++;
        }
        for (var j = 0; j < s.Length; j++)
        {
            s[j] = ContentTrim.Trim(text, system[j].Content);
        }

        var exactOf = new int[g.Length];
        Array.Fill(exactOf, -1);
        var systemExact = new bool[s.Length];
        var correct = 0;
        for (var j = 0; j < s.Length; j++)
        {
            for (var i = 0; i < g.Length; i++)
            {
                if (exactOf[i] < 0 && g[i] == s[j])
                {
                    exactOf[i] = j;
                    systemExact[j] = true;
                    correct++;
                    _kindExact[(int)gold[i].Kind]++;
                    if (!gold[i].Speaker.IsEmpty)
                    {
                        _speakerPairsExact++;
                        _speakerCorrectExact += SpeakerOverlaps(gold[i], system[j]) ? 1 : 0;
                    }
                    break;
                }
            }
        }
        _exact += new PrfCounts(correct, s.Length, g.Length);

        var pairs = new List<(double Score, int Gold, int System)>();
        for (var i = 0; i < g.Length; i++)
        {
            for (var j = 0; j < s.Length; j++)
            {
                var shared = g[i].OverlapLength(s[j]);
                var shorter = Math.Min(g[i].Length, s[j].Length);
                if (shared > 0 && shared * 2 >= shorter)
                {
                    pairs.Add(((double)shared / Math.Max(g[i].Length, s[j].Length), i, j));
                }
            }
        }
        pairs.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Gold != b.Gold ? a.Gold.CompareTo(b.Gold) : a.System.CompareTo(b.System));
        var goldMatch = new int[g.Length];
        var systemMatch = new int[s.Length];
        Array.Fill(goldMatch, -1);
        Array.Fill(systemMatch, -1);
        var overlapped = 0;
        foreach (var (_, i, j) in pairs)
        {
            if (goldMatch[i] >= 0 || systemMatch[j] >= 0)
            {
                continue;
            }
            goldMatch[i] = j;
            systemMatch[j] = i;
            overlapped++;
            _kindOverlap[(int)gold[i].Kind]++;
            var kind = KindName(gold[i].Kind);
            if (g[i] != s[j])
            {
                var type = g[i].Start != s[j].Start && g[i].End != s[j].End ? QuoteErrorType.BothBoundaries
                    : g[i].Start != s[j].Start ? QuoteErrorType.StartBoundary : QuoteErrorType.EndBoundary;
                _errors.Add(new QuoteError(documentId, type, kind, gold[i].Content, system[j].Content, null, null));
            }
            if (!gold[i].Speaker.IsEmpty)
            {
                _speakerPairs++;
                if (SpeakerOverlaps(gold[i], system[j]))
                {
                    _speakerCorrect++;
                }
                else
                {
                    _errors.Add(new QuoteError(documentId, QuoteErrorType.WrongSpeaker, kind, gold[i].Content, system[j].Content,
                        gold[i].Speaker[0], system[j].Speaker?.Mention));
                }
            }
        }
        _overlap += new PrfCounts(overlapped, s.Length, g.Length);
        for (var j = 0; j < s.Length; j++)
        {
            for (var l = 0; l < Levels.Length; l++)
            {
                if (system[j].Confidence >= Levels[l])
                {
                    _levelCount[l]++;
                    _levelExact[l] += systemExact[j] ? 1 : 0;
                    _levelOverlap[l] += systemMatch[j] >= 0 ? 1 : 0;
                }
            }
        }
        for (var i = 0; i < g.Length; i++)
        {
            if (goldMatch[i] < 0)
            {
                _errors.Add(new QuoteError(documentId, QuoteErrorType.Missed, KindName(gold[i].Kind), gold[i].Content, null,
                    gold[i].Speaker.IsEmpty ? null : gold[i].Speaker[0], null));
            }
        }
        for (var j = 0; j < s.Length; j++)
        {
            if (systemMatch[j] < 0)
            {
                _errors.Add(new QuoteError(documentId, QuoteErrorType.Spurious, KindName(system[j].Kind), null, system[j].Content, null, system[j].Speaker?.Mention));
            }
        }
    }

    public QuoteScores Scores() => new(
        _documents, _exact, _overlap, _speakerCorrect, _speakerPairs, _speakerCorrectExact, _speakerPairsExact,
        [.. KindOrder.Select(k => new KindRecall(k, _kindGold[(int)k], _kindExact[(int)k], _kindOverlap[(int)k]))],
        [.. Levels.Select((level, l) => new ConfidenceLevel(level, _levelCount[l], _levelExact[l], _levelOverlap[l]))]);

    private static bool SpeakerOverlaps(GoldQuote gold, Quote system)
    {
        if (system.Speaker is not { } speaker)
        {
            return false;
        }
        foreach (var span in gold.Speaker)
        {
            if (span.Overlaps(speaker.Mention))
            {
                return true;
            }
        }
        return false;
    }

    private static string KindName(QuoteKind kind) => kind.ToString().ToLowerInvariant();
}
