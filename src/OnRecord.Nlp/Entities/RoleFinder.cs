using OnRecord.Core.Annotations;
using OnRecord.Core.Documents;

namespace OnRecord.Nlp.Entities;

/// <summary>
/// Reads the role a text gives a person: a title phrase right before the name ("Kremlin spokesman Dmitry
/// Peskov", "US Special Counsel Robert S. Mueller") or an appositive right after it ("Dmitry Peskov, the Kremlin
/// spokesman,"). A role phrase is made of role words, organisation/place/nationality names and possessives, and
/// must contain a role word; honorifics ("Mr") are not roles.
/// </summary>
internal sealed class RoleFinder(Gazetteer gazetteer)
{
    /// <param name="entityAt">For each token, the index of the entity span covering it, or -1.</param>
    public TextRange? Find(Document document, TokenRange name, TokenRange sentence, ReadOnlySpan<int> entityAt, IReadOnlyList<EntitySpan> spans)
    {
        return Before(document, name, sentence, entityAt, spans) ?? After(document, name, sentence, entityAt, spans);
    }

    private TextRange? Before(Document document, TokenRange name, TokenRange sentence, ReadOnlySpan<int> entityAt, IReadOnlyList<EntitySpan> spans)
    {
        var roleStart = -1;
        var hasRole = false;
        var j = name.Start - 1;
        while (j >= sentence.Start)
        {
            var step = Step(document, j, entityAt, spans, ref hasRole, leftward: true);
            if (step < 0)
            {
                break;
            }
            roleStart = step;
            j = step - 1;
        }
        if (!hasRole || roleStart < 0)
        {
            return null;
        }
        // A role phrase starts with its first role word or name, never with a possessive or connector.
        var range = TrimEdges(document, new TokenRange(roleStart, name.Start));
        return range.IsEmpty ? null : document.CharRange(range);
    }

    private TextRange? After(Document document, TokenRange name, TokenRange sentence, ReadOnlySpan<int> entityAt, IReadOnlyList<EntitySpan> spans)
    {
        var i = name.End;
        if (i >= sentence.End || !Is(document, i, ","))
        {
            return null;
        }
        i++;
        if (i < sentence.End && (Is(document, i, "the") || Is(document, i, "a") || Is(document, i, "an")))
        {
            i++;
        }
        var start = i;
        var hasRole = false;
        var lastRole = -1;
        while (i < sentence.End)
        {
            var step = Step(document, i, entityAt, spans, ref hasRole, leftward: false);
            if (step < 0)
            {
                break;
            }
            if (hasRole && IsRoleWord(document, step))
            {
                lastRole = step;
            }
            i = step + 1;
        }
        var closes = i >= sentence.End || Is(document, i, ",") || Is(document, i, ".") || Is(document, i, "said");
        if (!hasRole || lastRole < 0 || !closes || lastRole != i - 1)
        {
            return null;
        }
        var range = TrimEdges(document, new TokenRange(start, lastRole + 1));
        return range.IsEmpty ? null : document.CharRange(range);
    }

    /// <summary>
    /// Whether token <paramref name="j"/> can belong to a role phrase; returns the far edge of what it adds (a whole
    /// entity span at once) or -1.
    /// </summary>
    private int Step(Document document, int j, ReadOnlySpan<int> entityAt, IReadOnlyList<EntitySpan> spans, ref bool hasRole, bool leftward)
    {
        var text = document[j].Text;
        var categories = gazetteer.CategoriesOf(text);
        if ((categories & GazetteerCategory.Honorific) != 0)
        {
            return -1;
        }
        if (entityAt[j] >= 0)
        {
            var span = spans[entityAt[j]];
            if (span.Label is EntityLabel.ORG or EntityLabel.GPE or EntityLabel.NORP or EntityLabel.LOC or EntityLabel.FAC)
            {
                return leftward ? span.Tokens.Start : span.Tokens.End - 1;
            }
            return -1;
        }
        if ((categories & GazetteerCategory.Role) != 0)
        {
            hasRole = true;
            return j;
        }
        if (text is "-" && j > 0 && j + 1 < document.TokenCount && IsRoleWord(document, j - 1) && IsRoleWord(document, j + 1))
        {
            // "Secretary - General": a hyphenated title the tokenizer split.
            return j;
        }
        if (text is "'s" or "’s" && (leftward ? j > 0 && entityAt[j - 1] >= 0 : true))
        {
            return j;
        }
        if (!leftward && text.Length > 0 && (char.IsUpper(text[0]) || IsModifier(text)))
        {
            // Inside an appositive, which a comma closes, a capitalised word belongs to the role ("the Kremlin spokesman").
            return j;
        }
        return -1;
    }

    private bool IsRoleWord(Document document, int j) => (gazetteer.CategoriesOf(document[j].Text) & GazetteerCategory.Role) != 0;

    private static bool IsModifier(ReadOnlySpan<char> text) => text is "top" or "chief" or "senior" or "longtime" or "long-time" or "then";

    private static bool Is(Document document, int i, string word) => document[i].Text.Equals(word, StringComparison.OrdinalIgnoreCase);

    private static TokenRange TrimEdges(Document document, TokenRange range)
    {
        var start = range.Start;
        var end = range.End;
        while (start < end && document[start].Text is "'s" or "’s" or "," or "the")
        {
            start++;
        }
        while (end > start && document[end - 1].Text is "'s" or "’s" or ",")
        {
            end--;
        }
        return new TokenRange(start, end);
    }
}
