namespace OnRecord.Extraction.Quotes.Lexicon;

/// <summary>What kind of attribution a cue introduces.</summary>
internal enum CueFamily : byte
{
    None,

    /// <summary>say, tell, add, explain, announce: someone speaking.</summary>
    Speech,

    /// <summary>claim, insist, argue, warn, deny, dismiss: speaking with a stance.</summary>
    Stance,

    /// <summary>believe, think, fear, expect: a belief or intention.</summary>
    Belief,

    /// <summary>find, show, conclude, reveal: what a report or study established.</summary>
    Finding,

    /// <summary>write, tweet, post: written statements.</summary>
    Writing,

    /// <summary>ask, wonder: questions.</summary>
    Question,

    /// <summary>according to: the source follows the cue.</summary>
    According,
}

/// <summary>
/// A cue word: its lemma, family, whether it is the -ing form that documents use ("a report saying …"),
/// whether it is a base or -s form that doubles as a noun ("state", "reports"), and whether it is weak:
/// a verb that reports only in some uses ("see", "want"), left to the learned model.
/// </summary>
internal readonly record struct CueWord(string Lemma, CueFamily Family, bool IsParticiple, bool IsNounLike, bool IsWeak);
