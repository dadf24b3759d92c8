using System.Collections.Frozen;

namespace OnRecord.Extraction.Quotes.Lexicon;

/// <summary>
/// Reporting verbs and phrases, by family, with their inflections. The rules read it directly; the
/// learned model uses membership and family as features, so a cue it never saw in training still counts.
/// </summary>
internal static class CueLexicon
{
    // Lemma lists per family; "lemma:past:participle" spells out irregular forms.
    private const string Speech =
        "say:said:said tell:told:told add announce explain state declare note remark comment reply respond " +
        "answer recall confirm acknowledge admit concede disclose reveal report " +
        "stress emphasize emphasise reiterate repeat promise pledge vow predict suggest propose recommend " +
        "urge caution advise inform assure reassure testify tell:told:told quip joke boast brag complain " +
        "lament observe point:pointed:pointed demand shout:shouted:shouted " +
        "whisper scream yell exclaim sigh muse recount conclude underscore underline highlight";
    private const string Stance =
        "claim insist argue maintain contend assert allege warn threaten deny dismiss reject refute " +
        "dispute counter rebut criticize criticise accuse blame condemn denounce slam " +
        "defend justify protest object doubt acknowledge concede";
    private const string Belief =
        "believe think:thought:thought feel:felt:felt fear hope expect suspect assume estimate " +
        "worry reckon guess";
    private const string Weak =
        "know:knew:known understand:understood:understood consider want intend plan wish see:saw:seen " +
        "call order put:put:put rule charge attack praise question challenge speak:spoke:spoken " +
        "publish print document project mention describe continue agree";

    /// <summary>Base forms that are also common nouns: as cues they need a subject right before them.</summary>
    private static readonly HashSet<string> NounLike = new(StringComparer.OrdinalIgnoreCase)
    {
        "state", "report", "claim", "order", "call", "comment", "answer", "reply", "promise", "plan", "question", "charge",
        "post", "text", "project", "document", "fear", "hope", "doubt", "estimate", "forecast", "wish", "attack", "protest",
        "object", "challenge", "praise", "blame", "demand", "pledge", "vow", "note", "remark", "record", "print", "joke",
        "boast", "sigh", "guess", "rule", "counter", "dispute", "worry", "email", "e-mail", "blog", "tweet", "quip",
        "show", "find", "respond", "threat", "warn", "point", "testify", "defend", "charge", "concern", "response",
    };
    private const string Finding =
        "find:found:found show:showed:shown conclude determine indicate establish demonstrate " +
        "confirm reveal suggest estimate forecast calculate";
    private const string Writing = "write:wrote:written tweet post blog text email e-mail publish print";
    private const string Question = "ask wonder inquire enquire query";

    private static readonly FrozenDictionary<string, CueWord> Words = Build();
    private static readonly FrozenDictionary<string, CueWord>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The cue word a token is, case-insensitively.</summary>
    public static bool TryGet(ReadOnlySpan<char> word, out CueWord cue) => Lookup.TryGetValue(word, out cue);

    public static bool Contains(ReadOnlySpan<char> word) => Lookup.ContainsKey(word);

    public static int Count => Words.Count;

    private static FrozenDictionary<string, CueWord> Build()
    {
        var words = new Dictionary<string, CueWord>(StringComparer.OrdinalIgnoreCase);
        void AddFamily(string list, CueFamily family)
        {
            foreach (var entry in list.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var parts = entry.Split(':');
                var lemma = parts[0];
                var past = parts.Length > 1 ? parts[1] : RegularPast(lemma);
                var participle = parts.Length > 2 ? parts[2] : past;
                var weak = family == CueFamily.None;
                var nounLike = NounLike.Contains(lemma);
                var cueFamily = weak ? CueFamily.Belief : family;
                Add(words, lemma, new CueWord(lemma, cueFamily, false, nounLike, weak));
                Add(words, ThirdPerson(lemma), new CueWord(lemma, cueFamily, false, nounLike, weak));
                Add(words, past, new CueWord(lemma, cueFamily, false, false, weak));
                Add(words, participle, new CueWord(lemma, cueFamily, false, false, weak));
                Add(words, Gerund(lemma), new CueWord(lemma, cueFamily, true, false, weak));
            }
        }
        AddFamily(Speech, CueFamily.Speech);
        AddFamily(Stance, CueFamily.Stance);
        AddFamily(Belief, CueFamily.Belief);
        AddFamily(Finding, CueFamily.Finding);
        AddFamily(Writing, CueFamily.Writing);
        AddFamily(Question, CueFamily.Question);
        AddFamily(Weak, CueFamily.None);
        words["according"] = new CueWord("according", CueFamily.According, false, false, false);
        return words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    // The first family listed wins, so "confirm" stays speech although findings confirm too.
    private static void Add(Dictionary<string, CueWord> words, string form, CueWord cue) => words.TryAdd(form, cue);

    private static string ThirdPerson(string lemma) =>
        lemma.EndsWith('s') || lemma.EndsWith("sh", StringComparison.Ordinal) || lemma.EndsWith("ch", StringComparison.Ordinal) || lemma.EndsWith('x')
            ? lemma + "es"
            : lemma.EndsWith('y') && !IsVowel(lemma[^2]) ? lemma[..^1] + "ies" : lemma + "s";

    private static string RegularPast(string lemma) =>
        lemma.EndsWith('e') ? lemma + "d"
        : lemma.EndsWith('y') && !IsVowel(lemma[^2]) ? lemma[..^1] + "ied"
        : DoublesFinal(lemma) ? lemma + lemma[^1] + "ed"
        : lemma + "ed";

    private static string Gerund(string lemma) =>
        lemma.EndsWith("ie", StringComparison.Ordinal) ? lemma[..^2] + "ying"
        : lemma.EndsWith('e') && !lemma.EndsWith("ee", StringComparison.Ordinal) ? lemma[..^1] + "ing"
        : DoublesFinal(lemma) ? lemma + lemma[^1] + "ing"
        : lemma + "ing";

    // Only the short stressed verbs in these lists double their final consonant (vow, plan, quip, slam).
    private static bool DoublesFinal(string lemma) => lemma is "plan" or "quip" or "slam" or "brag" or "admit" or "regret" or "commit" or "refer" or "prefer";

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
