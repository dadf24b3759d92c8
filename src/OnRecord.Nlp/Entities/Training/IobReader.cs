using OnRecord.Core.Errors;

namespace OnRecord.Nlp.Entities.Training;

/// <summary>
/// Reads token-per-line entity files: the Universal NER <c>.iob2</c> layout (<c>index TAB token TAB tag …</c>
/// with <c># newdoc</c> comments) and CoNLL-style <c>token … tag</c> lines (tag in the last column, IOB1 or IOB2,
/// <c>-DOCSTART-</c> between documents). Mentions are returned with the file's own type names.
/// </summary>
public static class IobReader
{
    public static List<RawNerSentence> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new OnRecordException(ErrorCode.PathNotFound, $"{path}: no such file");
        }
        return Read(File.ReadLines(path), path);
    }

    public static List<RawNerSentence> Read(IEnumerable<string> lines, string location)
    {
        var sentences = new List<RawNerSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        var newDocument = true;
        var lineNumber = 0;
        void Flush()
        {
            if (words.Count > 0)
            {
                sentences.Add(new RawNerSentence([.. words], Mentions(tags), newDocument));
                newDocument = false;
            }
            words.Clear();
            tags.Clear();
        }
        foreach (var raw in lines)
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0)
            {
                Flush();
                continue;
            }
            if (line.StartsWith('#'))
            {
                if (line.StartsWith("# newdoc", StringComparison.Ordinal))
                {
                    Flush();
                    newDocument = true;
                }
                continue;
            }
            var tabbed = line.Contains('\t', StringComparison.Ordinal);
            var columns = line.Split(tabbed ? ['\t'] : [' '], StringSplitOptions.RemoveEmptyEntries);
            if (columns.Length < 2)
            {
                throw new OnRecordException(ErrorCode.MalformedGoldFile, $"{location}:{lineNumber}: expected 'token tag', got '{Shorten(line)}'");
            }
            if (columns[0] == "-DOCSTART-")
            {
                Flush();
                newDocument = true;
                continue;
            }
            var indexed = tabbed && columns.Length >= 3 && columns[0].All(char.IsAsciiDigit);
            var word = indexed ? columns[1] : columns[0];
            var tag = indexed ? columns[2] : columns[^1];
            if (tag != "O" && (tag.Length < 3 || tag[1] != '-' || tag[0] is not ('B' or 'I')))
            {
                throw new OnRecordException(ErrorCode.MalformedGoldFile, $"{location}:{lineNumber}: '{Shorten(tag)}' is not an IOB tag");
            }
            words.Add(word);
            tags.Add(tag);
        }
        Flush();
        return sentences;
    }

    /// <summary>Spans from IOB1 or IOB2 tags: an I- tag that does not continue a span of its type starts one.</summary>
    private static List<(int, int, string)> Mentions(List<string> tags)
    {
        var mentions = new List<(int, int, string)>();
        var start = -1;
        string? type = null;
        for (var i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : "O";
            var tagType = tag == "O" ? null : tag[2..];
            var continues = tag[0] == 'I' && type == tagType;
            if (continues)
            {
                continue;
            }
            if (start >= 0)
            {
                mentions.Add((start, i, type!));
            }
            start = tagType is null ? -1 : i;
            type = tagType;
        }
        return mentions;
    }

    private static string Shorten(string s) => s.Length > 60 ? s[..60] + "…" : s;
}
