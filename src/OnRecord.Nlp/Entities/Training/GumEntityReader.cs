using OnRecord.Core.Annotations;
using OnRecord.Nlp.Corpora;

namespace OnRecord.Nlp.Entities.Training;

/// <summary>
/// Turns GUM's nested entity annotation (<c>Entity=</c> brackets in CoNLL-U MISC) into flat OntoNotes-style
/// named-entity spans. A mention counts as named when its syntactic head is a proper noun; its span is the run of
/// proper nouns around the head (joined by "of", "the", "and" …), without determiners or, for people, titles
/// ("Kremlin spokesman Dmitry Peskov" → "Dmitry Peskov"). Outer names win over names nested in them. Nationality
/// and group words outside any name become NORP, since GUM has no such type.
/// </summary>
public sealed class GumEntityReader(LabelMapper mapper)
{
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "the", "and", "&", "for", "de", "-", "on", "du", "la", "del", "von", "van" };

    private readonly record struct Mention(int Start, int End, string Type);

    public IEnumerable<NerSentence> Read(string path)
    {
        foreach (var sentence in ConlluReader.Read(path))
        {
            yield return Convert(sentence);
        }
    }

    public NerSentence Convert(ConlluSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var words = sentence.Words;
        var forms = words.Select(w => w.Form.Replace(' ', '_')).ToArray();
        var candidates = new List<GoldMention>();
        foreach (var m in Mentions(words))
        {
            var head = Head(words, m.Start, m.End);
            if (head < 0 || !IsProper(words[head]))
            {
                continue;
            }
            var isPerson = m.Type == "person";
            var (start, end) = NamedSpan(words, forms, m.Start, m.End, head, isPerson);
            if (end <= start)
            {
                continue;
            }
            var label = Label(m.Type, forms, start, end, out var keep);
            if (OnlyTitles(forms, start, end))
            {
                // "the Secretary", "Emperor": a title standing for a person is no name.
                label = null;
            }
            if (keep)
            {
                candidates.Add(new GoldMention(start, end, label));
            }
        }
        var chosen = new List<GoldMention>();
        foreach (var c in candidates.OrderByDescending(c => c.End - c.Start).ThenBy(c => c.Start))
        {
            if (!chosen.Any(o => o.Start < c.End && c.Start < o.End))
            {
                chosen.Add(c);
            }
        }
        AddNorp(words, forms, chosen);
        chosen.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new NerSentence(forms, chosen, sentence.NewDocument);
    }

    private EntityLabel? Label(string type, string[] forms, int start, int end, out bool keep)
    {
        keep = true;
        if (mapper.IsNorp(forms, start, end))
        {
            return EntityLabel.NORP;
        }
        switch (type)
        {
            case "person":
                return EntityLabel.PERSON;
            case "organization":
                return EntityLabel.ORG;
            case "place":
                return mapper.Place(forms, start, end);
            case "event":
                return EntityLabel.EVENT;
            case "abstract":
                if (mapper.IsLanguage(forms, start, end))
                {
                    return EntityLabel.LANGUAGE;
                }
                return mapper.HasLawWord(forms, start, end) ? EntityLabel.LAW : null;
            case "time":
                keep = false;
                return null;
            default:
                return null;
        }
    }

    /// <summary>Single nationality or group words outside every name ("Russian forces", "the Americans").</summary>
    private void AddNorp(List<ConlluWord> words, string[] forms, List<GoldMention> chosen)
    {
        for (var i = 0; i < forms.Length; i++)
        {
            if (forms[i].Length == 0 || !char.IsUpper(forms[i][0]) || words[i].Upos is not ("ADJ" or "PROPN" or "NOUN"))
            {
                continue;
            }
            if (chosen.Any(c => c.Start <= i && i < c.End) || !mapper.IsNorp(forms, i, i + 1))
            {
                continue;
            }
            chosen.Add(new GoldMention(i, i + 1, EntityLabel.NORP));
        }
    }

    private (int Start, int End) NamedSpan(List<ConlluWord> words, string[] forms, int start, int end, int head, bool isPerson)
    {
        var left = head;
        while (left - 1 >= start)
        {
            var w = words[left - 1];
            var categories = mapper.CategoriesOf(forms[left - 1]);
            if (isPerson && (categories & (GazetteerCategory.Role | GazetteerCategory.Honorific)) != 0)
            {
                break;
            }
            var capitalisedAdjective = !isPerson && w.Upos == "ADJ" && char.IsUpper(forms[left - 1][0]);
            if (!IsProper(w) && !capitalisedAdjective)
            {
                break;
            }
            left--;
        }
        var right = head;
        var probe = head + 1;
        while (probe < end)
        {
            if (IsProper(words[probe]))
            {
                right = probe;
            }
            else if (!Connectors.Contains(forms[probe]))
            {
                break;
            }
            probe++;
        }
        // Leading honorifics and titles are never part of a person's name, nor is a leading connector.
        while (left < right && ((isPerson && (mapper.CategoriesOf(forms[left]) & (GazetteerCategory.Role | GazetteerCategory.Honorific)) != 0)
            || Connectors.Contains(forms[left]) || (forms[left].Length > 0 && char.IsLower(forms[left][0]))))
        {
            left++;
        }
        return (left, right + 1);
    }

    /// <summary>A proper-noun word: UPOS PROPN, or a Penn NNP/NNPS tag ("United" of "United States" is VERB/NNP in GUM).</summary>
    private static bool IsProper(ConlluWord w) => w.Upos == "PROPN" || w.Xpos.StartsWith("NNP", StringComparison.Ordinal);

    private bool OnlyTitles(string[] forms, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if ((mapper.CategoriesOf(forms[i]) & (GazetteerCategory.Role | GazetteerCategory.Honorific)) == 0)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The first word of the span whose syntactic head lies outside it.</summary>
    private static int Head(List<ConlluWord> words, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var h = words[i].Head - 1;
            if (h < start || h >= end)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>Mentions as word ranges [start, end) with their entity type, from the bracket notation.</summary>
    private static List<Mention> Mentions(List<ConlluWord> words)
    {
        var result = new List<Mention>();
        var open = new Dictionary<string, Stack<(int Start, string Type)>>(StringComparer.Ordinal);
        for (var w = 0; w < words.Count; w++)
        {
            var misc = words[w].Misc;
            var at = misc.IndexOf("Entity=", StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }
            var bar = misc.IndexOf('|', at);
            var value = bar < 0 ? misc[(at + 7)..] : misc[(at + 7)..bar];
            var pos = 0;
            while (pos < value.Length)
            {
                if (value[pos] == '(')
                {
                    var j = pos + 1;
                    while (j < value.Length && value[j] is not ('(' or ')'))
                    {
                        j++;
                    }
                    var fields = value[(pos + 1)..j].Split('-');
                    var id = fields[0];
                    var type = fields.Length > 1 ? fields[1] : "";
                    if (j < value.Length && value[j] == ')')
                    {
                        result.Add(new Mention(w, w + 1, type));
                        pos = j + 1;
                    }
                    else
                    {
                        if (!open.TryGetValue(id, out var stack))
                        {
                            open[id] = stack = new Stack<(int, string)>();
                        }
                        stack.Push((w, type));
                        pos = j;
                    }
                }
                else if (char.IsAsciiDigit(value[pos]))
                {
                    var j = pos;
                    while (j < value.Length && char.IsAsciiDigit(value[j]))
                    {
                        j++;
                    }
                    var id = value[pos..j];
                    if (open.TryGetValue(id, out var stack) && stack.Count > 0)
                    {
                        var (s, type) = stack.Pop();
                        result.Add(new Mention(s, w + 1, type));
                    }
                    pos = j + 1;
                }
                else
                {
                    pos++;
                }
            }
        }
        return result;
    }
}
