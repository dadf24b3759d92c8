using OnRecord.Core.Annotations;

namespace OnRecord.Nlp.Entities.Training;

/// <summary>
/// Maps the training corpora's entity types onto OntoNotes labels. Places split into GPE, LOC and FAC by the
/// gazetteer and head words; "misc" mentions become NORP when they are nationality or group words and are
/// otherwise left unlabelled (masked, so the model is neither taught they are names nor that they are not).
/// </summary>
public sealed class LabelMapper(Gazetteer gazetteer)
{
    public NerSentence Map(RawNerSentence sentence, Func<string, string[], int, int, EntityLabel?> map, Func<string, bool>? isMasked = null)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(map);
        var mentions = new List<GoldMention>();
        foreach (var (start, end, type) in sentence.Mentions)
        {
            var label = map(type, sentence.Words, start, end);
            if (label is not null || (isMasked?.Invoke(type) ?? true))
            {
                mentions.Add(new GoldMention(start, end, label));
            }
        }
        return new NerSentence(sentence.Words, mentions, sentence.NewDocument);
    }

    /// <summary>CrossNER politics types.</summary>
    public EntityLabel? CrossNer(string type, string[] words, int start, int end) => type switch
    {
        "person" or "politician" => IsNorp(words, start, end) ? EntityLabel.NORP : EntityLabel.PERSON,
        "organisation" or "politicalparty" => IsNorp(words, start, end) ? EntityLabel.NORP : EntityLabel.ORG,
        "country" => EntityLabel.GPE,
        "location" => Place(words, start, end),
        "election" or "event" => EntityLabel.EVENT,
        _ => IsNorp(words, start, end) ? EntityLabel.NORP : null,
    };

    /// <summary>CoNLL-2003 types (WikiGold).</summary>
    public EntityLabel? Conll(string type, string[] words, int start, int end) => type switch
    {
        "PER" => EntityLabel.PERSON,
        "ORG" => EntityLabel.ORG,
        "LOC" => Place(words, start, end),
        _ => IsNorp(words, start, end) ? EntityLabel.NORP : null,
    };

    /// <summary>GPE for countries, cities and states; LOC for regions and natural places; FAC for built places.</summary>
    public EntityLabel Place(string[] words, int start, int end)
    {
        var whole = WholeMatch(words, start, end);
        if ((whole & (GazetteerCategory.Country | GazetteerCategory.Place)) != 0)
        {
            return EntityLabel.GPE;
        }
        if ((whole & GazetteerCategory.NaturalPlace) != 0)
        {
            return EntityLabel.LOC;
        }
        var first = gazetteer.CategoriesOf(words[start]);
        var last = gazetteer.CategoriesOf(words[end - 1]);
        if (end - start > 1 && ((last & GazetteerCategory.NaturalPlaceWord) != 0 || words[start] is "Mount" or "Lake" or "Mt."))
        {
            return EntityLabel.LOC;
        }
        if (end - start > 1 && ((last | first) & GazetteerCategory.FacilityWord) != 0)
        {
            return EntityLabel.FAC;
        }
        return EntityLabel.GPE;
    }

    /// <summary>The whole span is a nationality or group word ("Russian", "Latin American", "Muslims").</summary>
    public bool IsNorp(string[] words, int start, int end) =>
        (WholeMatch(words, start, end) & (GazetteerCategory.Demonym | GazetteerCategory.Group)) != 0;

    public bool IsLanguage(string[] words, int start, int end) =>
        end - start == 1 && (gazetteer.CategoriesOf(words[start]) & GazetteerCategory.Language) != 0;

    public bool HasLawWord(string[] words, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (Array.IndexOf(WordLists.LawWords, words[i]) >= 0)
            {
                return true;
            }
        }
        return false;
    }

    public GazetteerCategory CategoriesOf(string word) => gazetteer.CategoriesOf(word);

    private GazetteerCategory WholeMatch(string[] words, int start, int end)
    {
        Span<ulong> lower = end - start <= 64 ? stackalloc ulong[end - start] : new ulong[end - start];
        for (var i = start; i < end; i++)
        {
            lower[i - start] = FeatureHash.OfLower(words[i]);
        }
        return gazetteer.LongestMatch(lower, 0, out var entry) == end - start ? entry.Categories : GazetteerCategory.None;
    }
}
