using System.Globalization;
using System.Text.Json;
using OnRecord.Bench.Generation;
using OnRecord.Core.Serialization;

namespace OnRecord.Bench;

/// <summary>
/// <c>generate --count N [--seed S] [--copies RATE] [--format wire|jsonl] --out PATH</c>: synthetic wire stories,
/// as one wire-format .txt file each in a folder, or as one JSON-lines file.
/// </summary>
internal static class GenerateCommand
{
    public static int Run(BenchArgs args)
    {
        var count = args.Int("--count", 1000);
        var seed = args.Int("--seed", 1);
        var copies = args.Double("--copies", 0.05);
        var format = args.String("--format", "jsonl");
        var output = args.String("--out", format == "wire" ? "generated" : "generated.jsonl");
        var generator = new StoryGenerator(seed, copies);
        if (format == "wire")
        {
            Directory.CreateDirectory(output);
            foreach (var story in generator.Generate(count))
            {
                File.WriteAllText(Path.Combine(output, story.Id + ".txt"), story.WireText);
            }
        }
        else
        {
            using var stream = new BufferedStream(File.Create(output), 1 << 16);
            using var writer = new Utf8JsonWriter(stream, DocumentJsonWriter.CompactOptions);
            foreach (var story in generator.Generate(count))
            {
                writer.WriteStartObject();
                writer.WriteString("id", story.Id);
                writer.WriteString("date", story.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                writer.WriteString("title", story.Title);
                writer.WriteString("source", story.Agency);
                writer.WriteString("text", story.Body);
                writer.WriteEndObject();
                writer.Flush();
                writer.Reset();
                stream.WriteByte((byte)'\n');
            }
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generated {count} stories ({copies:P0} syndicated copies) to {output}"));
        return 0;
    }
}
