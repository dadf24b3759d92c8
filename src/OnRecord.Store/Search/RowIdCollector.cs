using Lucene.Net.Index;
using Lucene.Net.Search;

namespace OnRecord.Store.Search;

/// <summary>Collects the SQLite row id of every hit from doc values, without loading stored fields: the bulk path for export.</summary>
internal sealed class RowIdCollector : ICollector
{
    private NumericDocValues? _rows;

    public List<long> Ids { get; } = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context) => _rows = context.AtomicReader.GetNumericDocValues(IndexFields.Row);

    public void Collect(int doc)
    {
        if (_rows is not null)
        {
            Ids.Add(_rows.Get(doc));
        }
    }
}
