using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace OnRecord.Store.Search;

/// <summary>
/// The analyzer for news text and for queries over it: Unicode word breaks, possessives stripped
/// (<c>Russia's</c>, <c>Russia’s</c> → <c>russia</c>), periods taken out of abbreviations (<c>U.S.</c> = <c>US</c>,
/// <c>Mr.</c> = <c>Mr</c>), lower case, accents folded (<c>Zoë</c> = <c>zoe</c>), plurals reduced (<c>sanctions</c> = <c>sanction</c>).
/// No stop words: in a quote, "not" and "we" matter.
/// </summary>
public sealed class NewsAnalyzer : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader) { MaxTokenLength = 64 };
        TokenStream stream = new EnglishPossessiveFilter(Version, source);
        stream = new AbbreviationFilter(stream);
        stream = new Lucene.Net.Analysis.Core.LowerCaseFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new EnglishMinimalStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }
}
