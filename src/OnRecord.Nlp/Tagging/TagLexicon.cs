using OnRecord.Nlp.Features;
using OnRecord.Nlp.Learning;
using OnRecord.Nlp.Models;

namespace OnRecord.Nlp.Tagging;

/// <summary>
/// What training data says about words taken alone. <b>Sure tags</b>: frequent forms that (almost) always
/// carry one tag ("the", ",", "of") are tagged without scoring, which halves tagging time at no cost in
/// accuracy. <b>Ambiguity classes</b>: the set of tags a lower-cased word was seen with ("that" →
/// {DT, IN, WDT}); the class of the next words is a cheap look-ahead for a left-to-right tagger.
/// </summary>
public sealed class TagLexicon
{
    /// <summary>The ambiguity class of words not in the lexicon.</summary>
    public static readonly ulong UnknownClass = FeatureHash.Of("<unknown>");

    private readonly Dictionary<ulong, byte> _sure;
    private readonly Dictionary<ulong, ulong> _ambiguity;

    private TagLexicon(Dictionary<ulong, byte> sure, Dictionary<ulong, ulong> ambiguity)
    {
        _sure = sure;
        _ambiguity = ambiguity;
    }

    public int SureCount => _sure.Count;

    public int WordCount => _ambiguity.Count;

    /// <summary>The tag a form always has, if it is one of the frequent unambiguous forms.</summary>
    public bool TryGetSureTag(in WordFeatures word, out int tagClass)
    {
        if (_sure.TryGetValue(word.Form, out var c))
        {
            tagClass = c;
            return true;
        }
        tagClass = -1;
        return false;
    }

    public ulong AmbiguityClass(in WordFeatures word) =>
        _ambiguity.TryGetValue(word.Lower, out var a) ? a : UnknownClass;

    /// <param name="words">Training words with their gold tag classes.</param>
    /// <param name="sureMinCount">Forms seen fewer times are never sure.</param>
    /// <param name="sureMinShare">Share of a form's occurrences its tag must have to be sure.</param>
    /// <param name="ambiguityMinCount">Lower-cased words seen fewer times get no ambiguity class (they look unknown, as they will on new text).</param>
    /// <param name="ambiguityMinShare">A tag joins a word's class when it has at least this share of the word's occurrences.</param>
    public static TagLexicon Build(IEnumerable<(WordFeatures Word, int TagClass)> words, int classCount,
        int sureMinCount = 20, double sureMinShare = 0.995, int ambiguityMinCount = 2, double ambiguityMinShare = 0.05)
    {
        ArgumentNullException.ThrowIfNull(words);
        var byForm = new Dictionary<ulong, int[]>();
        var byLower = new Dictionary<ulong, int[]>();
        foreach (var (word, tag) in words)
        {
            Count(byForm, word.Form, tag, classCount);
            Count(byLower, word.Lower, tag, classCount);
        }
        var sure = new Dictionary<ulong, byte>();
        foreach (var (form, counts) in byForm)
        {
            var total = counts.Sum();
            var best = ClassScores.ArgMax(counts.Select(c => (float)c).ToArray());
            if (total >= sureMinCount && counts[best] >= sureMinShare * total)
            {
                sure[form] = (byte)best;
            }
        }
        var ambiguity = new Dictionary<ulong, ulong>();
        foreach (var (lower, counts) in byLower)
        {
            var total = counts.Sum();
            if (total < ambiguityMinCount)
            {
                continue;
            }
            var h = FeatureHash.Of("<class>");
            for (var c = 0; c < classCount; c++)
            {
                if (counts[c] > 0 && counts[c] >= ambiguityMinShare * total)
                {
                    h = FeatureHash.Mix(h ^ (ulong)(c + 1) * 0x9E3779B97F4A7C15);
                }
            }
            ambiguity[lower] = h;
        }
        return new TagLexicon(sure, ambiguity);
    }

    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var sureKeys = _sure.Keys.Order().ToArray();
        writer.Write(sureKeys.Length);
        BinaryData.WriteArray<ulong>(writer, sureKeys);
        writer.Write(sureKeys.Select(k => _sure[k]).ToArray());
        var words = _ambiguity.Keys.Order().ToArray();
        writer.Write(words.Length);
        BinaryData.WriteArray<ulong>(writer, words);
        BinaryData.WriteArray<ulong>(writer, words.Select(k => _ambiguity[k]).ToArray());
    }

    public static TagLexicon Read(BinaryReader reader, int classCount)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var sureCount = reader.ReadInt32();
        var sureKeys = BinaryData.ReadArray<ulong>(reader, sureCount);
        var sureTags = BinaryData.ReadBytes(reader, sureCount);
        var sure = new Dictionary<ulong, byte>(sureCount);
        for (var i = 0; i < sureCount; i++)
        {
            sure[sureKeys[i]] = sureTags[i] < classCount ? sureTags[i] : throw new InvalidDataException("sure tag out of range");
        }
        var wordCount = reader.ReadInt32();
        var words = BinaryData.ReadArray<ulong>(reader, wordCount);
        var classes = BinaryData.ReadArray<ulong>(reader, wordCount);
        var ambiguity = new Dictionary<ulong, ulong>(wordCount);
        for (var i = 0; i < wordCount; i++)
        {
            ambiguity[words[i]] = classes[i];
        }
        return new TagLexicon(sure, ambiguity);
    }

    private static void Count(Dictionary<ulong, int[]> counts, ulong key, int tag, int classCount)
    {
        if (!counts.TryGetValue(key, out var row))
        {
            counts[key] = row = new int[classCount];
        }
        row[tag]++;
    }
}
