using System.Globalization;
using OnRecord.Core.Errors;

namespace OnRecord.Nlp.Corpora;

/// <summary>Reads CoNLL-U files (UD v2): comments, multiword tokens, words; empty nodes (<c>8.1</c>) are skipped.</summary>
public static class ConlluReader
{
    public static IEnumerable<ConlluSentence> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new OnRecordException(ErrorCode.PathNotFound, $"{path}: no such file");
        }
        return ReadLines(File.ReadLines(path), path);
    }

    public static IEnumerable<ConlluSentence> ReadLines(IEnumerable<string> lines, string location)
    {
        var sentence = new ConlluSentence();
        var lineNumber = 0;
        var pendingDoc = false;
        var pendingPar = false;
        foreach (var raw in lines)
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0)
            {
                if (sentence.Words.Count > 0)
                {
                    yield return sentence;
                }
                sentence = new ConlluSentence();
                continue;
            }
            if (line[0] == '#')
            {
                if (line.StartsWith("# newdoc", StringComparison.Ordinal))
                {
                    pendingDoc = true;
                    pendingPar = true;
                }
                else if (line.StartsWith("# newpar", StringComparison.Ordinal))
                {
                    pendingPar = true;
                }
                else if (line.StartsWith("# text = ", StringComparison.Ordinal))
                {
                    sentence.Text = line[9..];
                }
                else if (line.StartsWith("# sent_id = ", StringComparison.Ordinal))
                {
                    sentence.SentId = line[12..];
                }
                else
                {
                    sentence.Comments.Add(line);
                }
                continue;
            }
            if (sentence.Words.Count == 0 && sentence.Multiwords.Count == 0)
            {
                sentence.NewDocument = pendingDoc;
                sentence.NewParagraph = pendingPar;
                pendingDoc = pendingPar = false;
            }
            var cols = line.Split('\t');
            if (cols.Length != 10)
            {
                throw new OnRecordException(ErrorCode.MalformedGoldFile, $"{location}:{lineNumber}: expected 10 tab-separated columns, found {cols.Length}");
            }
            var id = cols[0];
            if (id.Contains('.'))
            {
                continue;
            }
            var dash = id.IndexOf('-');
            if (dash > 0)
            {
                sentence.Multiwords.Add(new ConlluMultiword(ParseInt(id[..dash], location, lineNumber), ParseInt(id[(dash + 1)..], location, lineNumber), cols[1], cols[9]));
                continue;
            }
            var head = cols[6] == "_" ? -1 : ParseInt(cols[6], location, lineNumber);
            sentence.Words.Add(new ConlluWord(ParseInt(id, location, lineNumber), cols[1], cols[2], cols[3], cols[4], cols[5], head, cols[7], cols[8] == "_" ? cols[9] : cols[9]));
        }
        if (sentence.Words.Count > 0)
        {
            yield return sentence;
        }
    }

    private static int ParseInt(string s, string location, int line) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw new OnRecordException(ErrorCode.MalformedGoldFile, $"{location}:{line}: '{s}' is not a word index");
}
