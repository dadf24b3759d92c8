using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace OnRecord.Store.Search;

/// <summary>Removes the periods of an abbreviation (<c>U.S</c> → <c>US</c>, <c>U.K</c> → <c>UK</c>), leaving numbers such as <c>3.5</c> alone.</summary>
public sealed class AbbreviationFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public AbbreviationFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }
        var buffer = _term.Buffer;
        var length = _term.Length;
        var hasPeriod = false;
        for (var i = 0; i < length; i++)
        {
            if (char.IsDigit(buffer[i]))
            {
                return true;
            }
            hasPeriod |= buffer[i] == '.';
        }
        if (hasPeriod)
        {
            var kept = 0;
            for (var i = 0; i < length; i++)
            {
                if (buffer[i] != '.')
                {
                    buffer[kept++] = buffer[i];
                }
            }
            _term.Length = kept;
        }
        return true;
    }
}
