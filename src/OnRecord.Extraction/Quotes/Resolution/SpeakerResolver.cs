using OnRecord.Core.Annotations;
using OnRecord.Core.Documents;
using OnRecord.Extraction.Quotes.Lexicon;

namespace OnRecord.Extraction.Quotes.Resolution;

/// <summary>
/// Resolves speaker mentions to the person or organisation they name, within one document, in text order:
/// a name to its fullest form ("Mr Peskov" → "Dmitry Peskov"), a pronoun to the most salient compatible
/// speaker (the last one quoted, else the nearest earlier name), a role ("the spokesman") to the person the
/// text gave that role, and a description to itself. Create one per document.
/// </summary>
internal sealed class SpeakerResolver
{
    /// <summary>Sentences back within which the last quoted speaker is still the obvious "he".</summary>
    private const int SalienceWindow = 6;

    private readonly QuoteContext _ctx;
    private readonly DocumentNames _names;
    private readonly List<(Resolved Speaker, int Sentence)> _history = [];

    public SpeakerResolver(QuoteContext ctx, DocumentNames names)
    {
        _ctx = ctx;
        _names = names;
    }

    private sealed record Resolved(string Canonical, EntityLabel? Label, string? Role, PronounKind Gender, NameMention? Name);

    public QuoteSpeaker Resolve(int start, int end, int head)
    {
        var mention = new TextRange(_ctx.Starts[start], _ctx.Ends[end - 1]);
        var sentence = _ctx.SentenceOf[head];
        var resolved = end - start == 1 && _ctx.Is(head, WordShape.Pronoun)
            ? ResolvePronoun(head, Pronouns.Kind(_ctx.Word(head)), sentence)
            : ResolveNamed(start, end, head);
        if (resolved is null)
        {
            return new QuoteSpeaker(mention, Describe(start, end));
        }
        _history.Add((resolved, sentence));
        return new QuoteSpeaker(mention, resolved.Canonical, resolved.Role, resolved.Label);
    }

    private Resolved? ResolveNamed(int start, int end, int head)
    {
        var name = _names.Within(start, end);
        // A name that merely modifies the head ("US intelligence") does not name the speaker; one after it does ("a report by Robert Mueller").
        if (name is not null && (name.End > head))
        {
            // "a lawyer for the Berg family" speaks for, and is not, the name after "for": only an organisation
            // that ends the description stands for its spokesperson.
            if (_ctx.IsWord(head + 1, "for") && name.Start > head && (name.End != end || name.IsPerson))
            {
                return null;
            }
            return FromName(name);
        }
        var headWord = _ctx.Word(head);
        if (NameWords.RoleNouns.Contains(headWord))
        {
            foreach (var candidate in _names.Before(start))
            {
                if (candidate.Role is { } role && role.Contains(headWord, StringComparison.OrdinalIgnoreCase))
                {
                    return FromName(candidate);
                }
            }
            foreach (var (speaker, _) in Enumerable.Reverse(_history))
            {
                if (speaker.Role is { } role && role.Contains(headWord, StringComparison.OrdinalIgnoreCase))
                {
                    return speaker;
                }
            }
        }
        return null;
    }

    private Resolved? ResolvePronoun(int head, PronounKind kind, int sentence)
    {
        switch (kind)
        {
            case PronounKind.Male or PronounKind.Female:
                for (var h = _history.Count - 1; h >= 0; h--)
                {
                    var (speaker, at) = _history[h];
                    if (sentence - at > SalienceWindow)
                    {
                        break;
                    }
                    if (speaker.Label == EntityLabel.PERSON && Compatible(speaker.Gender, kind))
                    {
                        return Learn(speaker, kind);
                    }
                }
                foreach (var name in _names.Before(head))
                {
                    if (name.IsPerson && Compatible(name.Gender, kind))
                    {
                        return Learn(FromName(name), kind);
                    }
                }
                return null;
            case PronounKind.Neuter or PronounKind.Plural:
                foreach (var name in _names.Before(head))
                {
                    if (sentence - _ctx.SentenceOf[name.Start] > 1)
                    {
                        break;
                    }
                    if (!name.IsPerson)
                    {
                        return FromName(name);
                    }
                }
                for (var h = _history.Count - 1; h >= 0; h--)
                {
                    if (_history[h].Speaker.Label != EntityLabel.PERSON)
                    {
                        return _history[h].Speaker;
                    }
                }
                return null;
            default:
                return null;
        }
    }

    private static bool Compatible(PronounKind known, PronounKind pronoun) => known == PronounKind.None || known == pronoun;

    /// <summary>Once "he" has referred to someone, that person is "he" for the rest of the document.</summary>
    private static Resolved Learn(Resolved speaker, PronounKind kind)
    {
        if (speaker.Name is { } name && name.Gender == PronounKind.None)
        {
            name.Gender = kind;
        }
        return speaker.Gender == PronounKind.None ? speaker with { Gender = kind } : speaker;
    }

    private static Resolved FromName(NameMention name) =>
        new(name.Canonical ?? name.Name, name.Label, name.Role, name.Gender, name);

    /// <summary>A description that names no one ("a source", "US intelligence") stands for itself, without its article.</summary>
    private string Describe(int start, int end)
    {
        if (end - start > 1 && (_ctx.IsWord(start, "the") || _ctx.IsWord(start, "a") || _ctx.IsWord(start, "an")))
        {
            start++;
        }
        return string.Join(' ', _ctx.Text[_ctx.Starts[start].._ctx.Ends[end - 1]].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
