using OnRecord.Core.Annotations;
using OnRecord.Core.Errors;
using OnRecord.Core.Pipeline;

namespace OnRecord.Core.Documents;

/// <summary>
/// One news document: the text exactly as given (never modified), its metadata, and annotation layers
/// that pipeline stages fill. Tokens live in one array of structs; <see cref="Token"/> and
/// <see cref="TokenRange"/> are views. Every annotation carries half-open character offsets into <see cref="Text"/>.
/// </summary>
public sealed class Document
{
    private TokenData[] _tokens = [];
    private int _tokenCount;
    private TokenRange[] _sentences = [];

    public Document(string id, string text, TextRange? body = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        Id = id;
        Text = text;
        var range = body ?? new TextRange(0, text.Length);
        if (range.Start < 0 || range.End > text.Length || range.Start > range.End)
        {
            throw new ArgumentOutOfRangeException(nameof(body), $"Body {range} is outside the text (length {text.Length}).");
        }
        Body = range;
    }

    public string Id { get; }

    /// <summary>The input text, byte for byte as read (decoded); all offsets index into it.</summary>
    public string Text { get; }

    /// <summary>The part of <see cref="Text"/> that is article body: wire headers and agency credits lie outside it.</summary>
    public TextRange Body { get; }

    /// <summary>Publication date, the anchor for normalising relative time expressions.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The dateline place ("MOSCOW").</summary>
    public string? Dateline { get; init; }

    /// <summary>The agency or publisher credited ("REUTERS").</summary>
    public string? Source { get; init; }

    public string? Title { get; init; }

    public string? Url { get; init; }

    /// <summary>
    /// True when <see cref="Text"/> was extracted from the input (an HTML page) rather than being the input itself;
    /// the JSON output then carries the text so that offsets can be checked.
    /// </summary>
    public bool IsExtractedText { get; init; }

    /// <summary>Layers that stages have filled so far.</summary>
    public Layers Assigned { get; private set; }

    public int TokenCount => _tokenCount;

    /// <summary>The token data, for stages that read or write it in place.</summary>
    public Span<TokenData> TokenSpan => _tokens.AsSpan(0, _tokenCount);

    public Token this[int tokenIndex]
    {
        get
        {
            if ((uint)tokenIndex >= (uint)_tokenCount)
            {
                ThrowTokenIndex(tokenIndex);
            }
            return new Token(this, tokenIndex);
        }
    }

    public ReadOnlySpan<TokenRange> Sentences => _sentences;

    public List<EntityMention> Entities { get; } = [];

    public List<Quote> Quotes { get; } = [];

    public List<TimeExpression> Timexes { get; } = [];

    public List<Quantity> Quantities { get; } = [];

    public List<Claim> Claims { get; } = [];

    public List<EventRecord> Events { get; } = [];

    public ReadOnlySpan<char> Slice(TextRange range) => Text.AsSpan(range.Start, range.Length);

    public string TextOf(TextRange range) => Text.Substring(range.Start, range.Length);

    /// <summary>The character range a token range covers.</summary>
    public TextRange CharRange(TokenRange tokens)
    {
        if (tokens.IsEmpty)
        {
            var at = tokens.Start < _tokenCount ? _tokens[tokens.Start].Start : Body.End;
            return new TextRange(at, at);
        }
        return new TextRange(_tokens[tokens.Start].Start, _tokens[tokens.End - 1].End);
    }

    /// <summary>Index of the sentence containing a token, by binary search; -1 when sentences are not set.</summary>
    public int SentenceIndexOf(int tokenIndex)
    {
        int lo = 0, hi = _sentences.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var s = _sentences[mid];
            if (tokenIndex < s.Start)
            {
                hi = mid - 1;
            }
            else if (tokenIndex >= s.End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }
        return -1;
    }

    /// <summary>Index of the first token whose end is after <paramref name="offset"/> (the token containing it, or the next one).</summary>
    public int TokenIndexAt(int offset)
    {
        int lo = 0, hi = _tokenCount;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_tokens[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    /// <summary>Replaces the tokens. The array is taken over, not copied; tokens must be ordered, non-overlapping and inside the body.</summary>
    public void SetTokens(TokenData[] tokens, int count)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, tokens.Length);
        var previousEnd = Body.Start;
        for (var i = 0; i < count; i++)
        {
            ref readonly var t = ref tokens[i];
            if (t.Start < previousEnd || t.End <= t.Start || t.End > Body.End)
            {
                throw new OnRecordException(ErrorCode.InvalidAnnotation,
                    $"token {i} [{t.Start},{t.End}) is empty, out of order or outside the body {Body} of '{Id}'");
            }
            previousEnd = t.End;
        }
        _tokens = tokens;
        _tokenCount = count;
        _sentences = [];
        Assigned = (Assigned | Layers.Tokens) & ~(Layers.Sentences | Layers.Tags | Layers.Lemmas | Layers.Parse);
    }

    /// <summary>Replaces the sentences: consecutive, non-empty token ranges that cover every token.</summary>
    public void SetSentences(TokenRange[] sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var next = 0;
        foreach (var s in sentences)
        {
            if (s.Start != next || s.End <= s.Start)
            {
                throw new OnRecordException(ErrorCode.InvalidAnnotation,
                    $"sentence {s} does not start at token {next} or is empty in '{Id}'");
            }
            next = s.End;
        }
        if (next != _tokenCount)
        {
            throw new OnRecordException(ErrorCode.InvalidAnnotation,
                $"sentences cover {next} of {_tokenCount} tokens in '{Id}'");
        }
        _sentences = sentences;
        Assigned |= Layers.Sentences;
    }

    /// <summary>Records that a stage has filled a layer it writes in place (tags, lemmas, parse) or through a list.</summary>
    public void MarkAssigned(Layers layers) => Assigned |= layers;

    private static void ThrowTokenIndex(int index) =>
        throw new ArgumentOutOfRangeException(nameof(index), index, "Token index out of range.");
}
