using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using OnRecord.Core.Errors;
using OnRecord.Core.Serialization;
using OnRecord.Store.Query;
using LuceneQuery = Lucene.Net.Search.Query;
using Term = Lucene.Net.Index.Term;

namespace OnRecord.Store.Search;

/// <summary>Turns a <see cref="StatementQuery"/> (with names already resolved to entity ids) into one Lucene query.</summary>
internal static class QueryBuilder
{
    public static LuceneQuery Build(StatementQuery query, IReadOnlyList<long>? speakerIds, IReadOnlyList<long>? entityIds)
    {
        var root = new BooleanQuery
        {
            { Filter(new TermQuery(new Term(IndexFields.Type, query.Documents ? IndexFields.DocumentType : IndexFields.QuoteType))), Occur.MUST },
        };
        if (query.HasText)
        {
            root.Add(ParseText(query.Text!), Occur.MUST);
        }
        if (speakerIds is not null)
        {
            root.Add(Filter(AnyOf(IndexFields.Speaker, speakerIds)), Occur.MUST);
        }
        if (entityIds is not null)
        {
            root.Add(Filter(AnyOf(IndexFields.Entity, entityIds)), Occur.MUST);
        }
        if (query.From is not null || query.To is not null)
        {
            int? from = query.From is { } f ? (f.Year * 10000) + (f.Month * 100) + f.Day : null;
            int? to = query.To is { } t ? (t.Year * 10000) + (t.Month * 100) + t.Day : null;
            root.Add(Filter(NumericRangeQuery.NewInt32Range(IndexFields.Day, from ?? 1, to ?? int.MaxValue, true, true)), Occur.MUST);
        }
        if (query.Kind is { } kind && !query.Documents)
        {
            root.Add(Filter(new TermQuery(new Term(IndexFields.Kind, DocumentJsonWriter.KindName(kind)))), Occur.MUST);
        }
        return root;
    }

    /// <summary>Parses Lucene query syntax; terms not in a field search the text, and terms are ANDed unless the query says OR.</summary>
    public static LuceneQuery ParseText(string text)
    {
        var parser = new QueryParser(NewsAnalyzer.Version, IndexFields.Text, new NewsAnalyzer())
        {
            DefaultOperator = Operator.AND,
            AllowLeadingWildcard = false,
        };
        try
        {
            return parser.Parse(text);
        }
        catch (ParseException e)
        {
            throw new OnRecordException(ErrorCode.InvalidQuery, $"cannot parse the query '{text}': {FirstLine(e.Message)}", e);
        }
        catch (BooleanQuery.TooManyClausesException e)
        {
            throw new OnRecordException(ErrorCode.InvalidQuery, $"the query '{text}' expands to too many terms; make its wildcards more specific", e);
        }
    }

    private static LuceneQuery AnyOf(string field, IReadOnlyList<long> ids)
    {
        if (ids.Count == 1)
        {
            return new TermQuery(new Term(field, SearchIndexWriter.Id(ids[0])));
        }
        var any = new BooleanQuery();
        foreach (var id in ids)
        {
            any.Add(new TermQuery(new Term(field, SearchIndexWriter.Id(id))), Occur.SHOULD);
        }
        return any;
    }

    /// <summary>A clause that restricts without changing the score.</summary>
    private static ConstantScoreQuery Filter(LuceneQuery query) => new(query) { Boost = 0f };

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end > 0 ? message[..end] : message;
    }
}
