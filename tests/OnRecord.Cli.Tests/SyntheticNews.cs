using System.Globalization;
using System.Text;
using System.Text.Json;

namespace OnRecord.Cli.Tests;

/// <summary>
/// Distinct synthetic documents for bulk tests: sentences of invented words, so that no two are near
/// duplicates, each carrying a unique marker word (<c>marker17x</c>) that a search can find.
/// </summary>
public static class SyntheticNews
{
    private static readonly string[] Syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "po", "da", "fe", "gu", "hi", "jo", "be"];

    public static string Marker(int i) => string.Create(CultureInfo.InvariantCulture, $"marker{i}x");

    public static string Text(int i)
    {
        var random = new Random(i);
        var sb = new StringBuilder();
        for (var sentence = 0; sentence < 8; sentence++)
        {
            for (var w = 0; w < 12; w++)
            {
                var word = Syllables[random.Next(Syllables.Length)] + Syllables[random.Next(Syllables.Length)] + Syllables[random.Next(Syllables.Length)];
                sb.Append(w == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word).Append(' ');
            }
            if (sentence == 3)
            {
                sb.Append(Marker(i)).Append(' ');
            }
            sb.Length--;
            sb.Append(". ");
        }
        return sb.ToString().TrimEnd();
    }

    public static void WriteJsonl(string path, int count)
    {
        using var stream = File.Create(path);
        using var writer = new Utf8JsonWriter(stream);
        for (var i = 0; i < count; i++)
        {
            writer.WriteStartObject();
            writer.WriteString("id", string.Create(CultureInfo.InvariantCulture, $"doc-{i}"));
            writer.WriteString("date", new DateOnly(2024, 1, 1).AddDays(i % 300).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            writer.WriteString("text", Text(i));
            writer.WriteEndObject();
            writer.Flush();
            writer.Reset();
            stream.WriteByte((byte)'\n');
        }
    }
}
