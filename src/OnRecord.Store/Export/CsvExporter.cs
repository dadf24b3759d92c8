using System.Globalization;
using System.Text;

namespace OnRecord.Store.Export;

/// <summary>RFC 4180 CSV: a header row, fields quoted when they hold a comma, quote or line break, CRLF between records.</summary>
public static class CsvExporter
{
    public static long Write<T>(IEnumerable<T> rows, IReadOnlyList<ExportColumn<T>> columns, Stream output)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(columns);
        using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        writer.WriteLine(string.Join(',', columns.Select(c => c.Name)));
        long count = 0;
        var line = new StringBuilder();
        foreach (var row in rows)
        {
            line.Clear();
            for (var i = 0; i < columns.Count; i++)
            {
                if (i > 0)
                {
                    line.Append(',');
                }
                Append(line, columns[i].Value(row));
            }
            writer.WriteLine(line);
            count++;
        }
        return count;
    }

    private static void Append(StringBuilder line, object? value)
    {
        var text = value switch
        {
            null => "",
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        if (text.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            line.Append(text);
            return;
        }
        line.Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
