using System.Collections.Frozen;
using OnRecord.Core.Documents;

namespace OnRecord.Extraction.Time;

/// <summary>
/// Reads the tense governing a time expression from the words of its sentence. Penn tags (MD, VBD, VBZ…)
/// are used when a tagger has set them; otherwise lexical cues stand in: modals and auxiliaries, reporting verbs,
/// and past forms. Cues nearest the expression win, looking left first, then right ("On Tuesday, he said").
/// A past form after a lowercase word is likely a participle ("the election held in November") and counts
/// only when nothing firmer is found.
/// </summary>
internal static class TenseReader
{
    private enum Strength : byte
    {
        None,
        Weak,
        Strong,
    }

    private static readonly FrozenDictionary<string, Tense> Auxiliaries = new Dictionary<string, Tense>(StringComparer.OrdinalIgnoreCase)
    {
        ["will"] = Tense.Future, ["'ll"] = Tense.Future, ["’ll"] = Tense.Future, ["wo"] = Tense.Future, ["shall"] = Tense.Future,
        ["would"] = Tense.Future, ["gonna"] = Tense.Future, ["must"] = Tense.Future, ["should"] = Tense.Future,
        ["can"] = Tense.Future, ["may"] = Tense.Future, ["might"] = Tense.Future, ["could"] = Tense.Future,
        ["was"] = Tense.Past, ["were"] = Tense.Past, ["had"] = Tense.Past, ["did"] = Tense.Past,
        ["is"] = Tense.Present, ["are"] = Tense.Present, ["am"] = Tense.Present, ["'re"] = Tense.Present, ["’re"] = Tense.Present,
        ["does"] = Tense.Present, ["plans"] = Tense.Future, ["expects"] = Tense.Future, ["expected"] = Tense.Future,
        ["scheduled"] = Tense.Future, ["due"] = Tense.Future, ["upcoming"] = Tense.Future, ["set"] = Tense.Future,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> PastForms = new[]
    {
        "said", "told", "added", "announced", "reported", "stated", "wrote", "claimed", "denied", "confirmed", "noted", "insisted",
        "warned", "met", "held", "took", "made", "went", "came", "gave", "saw", "began", "won", "lost", "left", "found", "became",
        "sent", "fell", "rose", "got", "paid", "spent", "brought", "thought", "felt", "kept", "led", "ran", "set", "put", "cut",
        "hit", "quit", "spoke", "broke", "chose", "drove", "flew", "knew", "grew", "threw", "fought", "sold", "bought", "built",
        "struck", "stood", "understood", "won", "agreed", "signed", "voted", "killed", "arrested", "launched", "released", "opened",
        "closed", "visited", "died", "resigned", "elected", "attacked", "invaded", "occurred", "happened", "passed", "approved",
        "fled", "shot", "sought", "taught", "caught", "meant", "heard", "lay", "laid", "sat", "slept", "swore", "tore", "wore",
        "woke", "bore", "bit", "blew", "drew", "drank", "ate", "forgot", "forgave", "froze", "hid", "hung", "lent", "lit", "rode",
        "rang", "sang", "sank", "shook", "shut", "slid", "spun", "spread", "sprang", "stole", "stuck", "stung", "swept", "swam",
        "swung", "wept", "withdrew", "overtook", "undertook", "upheld", "withheld", "overthrew", "foresaw", "began", "sped",
        "dealt", "dug", "fed", "bent", "bled", "bred", "burnt", "dwelt", "fit", "leapt", "left", "let", "lost", "read", "rid",
        "split", "struck", "thrust", "unveiled", "was", "were", "did", "had",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> ReportingVerbs = new[]
    {
        "said", "says", "told", "tells", "added", "adds", "announced", "announces", "stated", "states", "wrote", "writes",
        "claimed", "claims", "insisted", "insists", "warned", "warns", "noted", "notes",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Subjects = new[]
    {
        "i", "we", "you", "he", "she", "they", "it", "who", "which",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PastLookup = PastForms.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ReportingLookup = ReportingVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SubjectLookup = Subjects.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, Tense>.AlternateLookup<ReadOnlySpan<char>> AuxLookup = Auxiliaries.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The tense for an expression covering tokens [<paramref name="start"/>, <paramref name="end"/>) of a sentence.</summary>
    public static Tense Read(Document document, TokenRange sentence, int start, int end)
    {
        if (start > sentence.Start && IsSince(document, start - 1))
        {
            // "since December" always looks back, whatever the verb ("has been unchanged since December").
            return Tense.Past;
        }
        var tense = Read(document, sentence, start, end, useTags: true);
        if (tense == Tense.None && sentence.Length > 0 && document.TokenSpan[sentence.Start].Xpos is not null)
        {
            // The tagger found no verb ("Profit rose in September" tagged as nouns): fall back to the words.
            tense = Read(document, sentence, start, end, useTags: false);
        }
        return tense;
    }

    private static Tense Read(Document document, TokenRange sentence, int start, int end, bool useTags)
    {
        var weak = Tense.None;
        for (var i = start - 1; i >= sentence.Start; i--)
        {
            var (tense, strength) = Cue(document, sentence, i, useTags);
            if (strength == Strength.Strong)
            {
                return tense;
            }
            if (strength == Strength.Weak && weak == Tense.None)
            {
                weak = tense;
            }
        }
        var weakRight = Tense.None;
        for (var i = end; i < sentence.End; i++)
        {
            var (tense, strength) = Cue(document, sentence, i, useTags);
            if (strength == Strength.Strong)
            {
                return tense;
            }
            if (strength == Strength.Weak && weakRight == Tense.None)
            {
                weakRight = tense;
            }
        }
        return weak != Tense.None ? weak : weakRight;
    }

    private static (Tense, Strength) Cue(Document d, TokenRange sentence, int i, bool useTags)
    {
        var token = d.TokenSpan[i];
        var text = d.Text.AsSpan(token.Start, token.End - token.Start);
        if (useTags && token.Xpos is { } tag)
        {
            return tag switch
            {
                "MD" => (Modal(text), Strength.Strong),
                "VBD" => (Tense.Past, Strength.Strong),
                "VBZ" or "VBP" => AuxLookup.TryGetValue(text, out var t) && t != Tense.Present ? (t, Strength.Strong) : (Tense.Present, Strength.Strong),
                "VBN" => (Tense.Past, Strength.Weak),
                _ => (Tense.None, Strength.None),
            };
        }
        if (AuxLookup.TryGetValue(text, out var aux))
        {
            if (text.Equals("set", StringComparison.OrdinalIgnoreCase) || text.Equals("expected", StringComparison.OrdinalIgnoreCase) || text.Equals("due", StringComparison.OrdinalIgnoreCase))
            {
                // "set to", "expected to", "due to": future only with "to".
                var next = i + 1 < sentence.End ? d.Text.AsSpan(d.TokenSpan[i + 1].Start, d.TokenSpan[i + 1].End - d.TokenSpan[i + 1].Start) : default;
                return next.Equals("to", StringComparison.OrdinalIgnoreCase) ? (Tense.Future, Strength.Strong) : (Tense.None, Strength.None);
            }
            return (aux, Strength.Strong);
        }
        if (text.Equals("going", StringComparison.OrdinalIgnoreCase) && i + 1 < sentence.End
            && d.Text.AsSpan(d.TokenSpan[i + 1].Start, d.TokenSpan[i + 1].End - d.TokenSpan[i + 1].Start).Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            return (Tense.Future, Strength.Strong);
        }
        if (ReportingLookup.Contains(text))
        {
            return (text[^1] is 's' or 'S' ? Tense.Present : Tense.Past, Strength.Strong);
        }
        var pastForm = PastLookup.Contains(text) || (text.Length > 4 && text.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(text[0]));
        if (!pastForm)
        {
            return (Tense.None, Strength.None);
        }
        if (i > sentence.Start)
        {
            var prev = d.TokenSpan[i - 1];
            var prevText = d.Text.AsSpan(prev.Start, prev.End - prev.Start);
            if (SubjectLookup.Contains(prevText) || char.IsUpper(prevText[0]))
            {
                return (Tense.Past, Strength.Strong);
            }
            if (prevText.Equals("has", StringComparison.OrdinalIgnoreCase) || prevText.Equals("have", StringComparison.OrdinalIgnoreCase))
            {
                return (Tense.Past, Strength.Strong);
            }
        }
        return (Tense.Past, Strength.Weak);
    }

    private static Tense Modal(ReadOnlySpan<char> text) =>
        text.Equals("will", StringComparison.OrdinalIgnoreCase) || text.Equals("'ll", StringComparison.Ordinal) || text.Equals("’ll", StringComparison.Ordinal)
        || text.Equals("wo", StringComparison.OrdinalIgnoreCase) || text.Equals("shall", StringComparison.OrdinalIgnoreCase)
        || text.Equals("would", StringComparison.OrdinalIgnoreCase) || text.Equals("must", StringComparison.OrdinalIgnoreCase)
        || text.Equals("should", StringComparison.OrdinalIgnoreCase) || text.Equals("may", StringComparison.OrdinalIgnoreCase)
        || text.Equals("might", StringComparison.OrdinalIgnoreCase)
            ? Tense.Future
            : Tense.Present;

    private static bool IsSince(Document document, int token)
    {
        var t = document.TokenSpan[token];
        return document.Text.AsSpan(t.Start, t.End - t.Start).Equals("since", StringComparison.OrdinalIgnoreCase);
    }
}
