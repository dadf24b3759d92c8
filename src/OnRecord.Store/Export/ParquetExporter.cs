using Parquet;
using Parquet.Schema;

namespace OnRecord.Store.Export;

/// <summary>Apache Parquet, written in row groups so that memory stays flat however many rows are exported.</summary>
public static class ParquetExporter
{
    public const int RowGroupSize = 10_000;

    public static async Task<long> WriteAsync<T>(IEnumerable<T> rows, IReadOnlyList<ExportColumn<T>> columns, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(columns);
        var fields = columns.Select(Field).ToArray();
        var schema = new ParquetSchema(fields);
        await using var writer = await ParquetWriter.CreateAsync(schema, output, cancellationToken: cancellationToken).ConfigureAwait(false);
        var buffer = new List<T>(RowGroupSize);
        long count = 0;
        foreach (var row in rows)
        {
            buffer.Add(row);
            if (buffer.Count == RowGroupSize)
            {
                await WriteGroupAsync(writer, fields, columns, buffer, cancellationToken).ConfigureAwait(false);
                count += buffer.Count;
                buffer.Clear();
            }
        }
        if (buffer.Count > 0 || count == 0)
        {
            await WriteGroupAsync(writer, fields, columns, buffer, cancellationToken).ConfigureAwait(false);
            count += buffer.Count;
        }
        return count;
    }

    private static DataField Field<T>(ExportColumn<T> column) => column.Type == typeof(string)
        ? new DataField<string>(column.Name, nullable: true)
        : new DataField(column.Name, column.Type, isNullable: false);

    private static async Task WriteGroupAsync<T>(ParquetWriter writer, DataField[] fields, IReadOnlyList<ExportColumn<T>> columns, List<T> rows, CancellationToken cancellationToken)
    {
        using var group = writer.CreateRowGroup();
        for (var c = 0; c < columns.Count; c++)
        {
            var column = columns[c];
            if (column.Type == typeof(string))
            {
                var values = new string?[rows.Count];
                for (var i = 0; i < rows.Count; i++)
                {
                    values[i] = column.Value(rows[i]) as string;
                }
                await group.WriteAsync(fields[c], (IReadOnlyCollection<string>)values!).ConfigureAwait(false);
            }
            else if (column.Type == typeof(long))
            {
                await group.WriteAsync(fields[c], new ReadOnlyMemory<long>(Values<T, long>(column, rows)), null, null, cancellationToken).ConfigureAwait(false);
            }
            else if (column.Type == typeof(int))
            {
                await group.WriteAsync(fields[c], new ReadOnlyMemory<int>(Values<T, int>(column, rows)), null, null, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await group.WriteAsync(fields[c], new ReadOnlyMemory<double>(Values<T, double>(column, rows)), null, null, cancellationToken).ConfigureAwait(false);
            }
        }
        group.CompleteValidate();
    }

    private static TValue[] Values<T, TValue>(ExportColumn<T> column, List<T> rows)
    {
        var values = new TValue[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            values[i] = (TValue)column.Value(rows[i])!;
        }
        return values;
    }
}
