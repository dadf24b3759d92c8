using System.Text.Json;
using OnRecord.Core.Serialization;

namespace OnRecord.Store.Export;

/// <summary>One JSON object per row and line.</summary>
public static class JsonlExporter
{
    public static long Write<T>(IEnumerable<T> rows, IReadOnlyList<ExportColumn<T>> columns, Stream output)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(columns);
        using var writer = new Utf8JsonWriter(output, DocumentJsonWriter.CompactOptions);
        long count = 0;
        foreach (var row in rows)
        {
            writer.WriteStartObject();
            foreach (var column in columns)
            {
                switch (column.Value(row))
                {
                    case null:
                        writer.WriteNull(column.Name);
                        break;
                    case long l:
                        writer.WriteNumber(column.Name, l);
                        break;
                    case int i:
                        writer.WriteNumber(column.Name, i);
                        break;
                    case double d:
                        writer.WriteNumber(column.Name, d);
                        break;
                    case var v:
                        writer.WriteString(column.Name, v.ToString());
                        break;
                }
            }
            writer.WriteEndObject();
            writer.Flush();
            writer.Reset();
            output.WriteByte((byte)'\n');
            count++;
        }
        return count;
    }
}
