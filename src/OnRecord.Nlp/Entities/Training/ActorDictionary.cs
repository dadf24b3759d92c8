using System.Globalization;
using OnRecord.Core.Errors;

namespace OnRecord.Nlp.Entities.Training;

/// <summary>One entry of a TABARI/PETRARCH actor dictionary: its names (first is the primary) and its codes.</summary>
internal sealed record ActorGroup(List<string> Names, List<string> Codes)
{
    /// <summary>A country block: a single bare three-letter code such as <c>[RUS]</c>.</summary>
    public bool IsCountry => Codes.Count == 1 && Codes[0].Length == 3 && Codes[0].All(char.IsAsciiLetterUpper);
}

/// <summary>
/// Reads TABARI/PETRARCH <c>.actors.txt</c> files: name lines (<c>VLADIMIR_PUTIN_</c>, synonyms with <c>+</c>),
/// code lines (<c>[RUSGOV 991231-080507]</c>), comments after <c>#</c>. Names come back recased ("Vladimir Putin").
/// </summary>
internal static class ActorDictionary
{
    private static readonly HashSet<string> LowerParticles = new(StringComparer.Ordinal)
    {
        "of", "the", "and", "for", "on", "in", "de", "du", "la", "le", "van", "von", "der", "des", "del", "da", "al",
    };

    public static List<ActorGroup> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new OnRecordException(ErrorCode.PathNotFound, $"{path}: no such file");
        }
        var groups = new List<ActorGroup>();
        ActorGroup? current = null;
        foreach (var raw in File.ReadLines(path))
        {
            var hash = raw.IndexOf('#', StringComparison.Ordinal);
            var line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length == 0)
            {
                if (hash < 0)
                {
                    current = null;
                }
                continue;
            }
            var codes = new List<string>();
            var bracket = line.IndexOf('[', StringComparison.Ordinal);
            while (bracket >= 0)
            {
                var close = line.IndexOf(']', bracket);
                if (close < 0)
                {
                    break;
                }
                var code = line[(bracket + 1)..close].Trim();
                var space = code.IndexOf(' ', StringComparison.Ordinal);
                codes.Add(space >= 0 ? code[..space] : code);
                line = line[..bracket] + line[(close + 1)..];
                bracket = line.IndexOf('[', StringComparison.Ordinal);
            }
            line = line.Trim();
            if (line.Length > 0)
            {
                var synonym = line[0] == '+';
                var name = Recase(synonym ? line[1..] : line);
                if (!synonym && (current is null || current.Codes.Count > 0))
                {
                    current = new ActorGroup([], []);
                    groups.Add(current);
                }
                current ??= new ActorGroup([], []);
                if (name.Length > 0)
                {
                    current.Names.Add(name);
                }
            }
            if (current is not null)
            {
                current.Codes.AddRange(codes);
            }
        }
        return groups;
    }

    /// <summary>"RUSSIAN_PRESIDENT_VLADIMIR_V._PUTIN_" → "Russian President Vladimir V. Putin"; parenthesised parts go.</summary>
    public static string Recase(string name)
    {
        var paren = name.IndexOf('(', StringComparison.Ordinal);
        if (paren >= 0)
        {
            name = name[..paren];
        }
        var words = name.Split('_', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var lower = words[i].ToLower(CultureInfo.InvariantCulture);
            if (i > 0 && LowerParticles.Contains(lower))
            {
                words[i] = lower;
                continue;
            }
            var chars = lower.ToCharArray();
            for (var j = 0; j < chars.Length; j++)
            {
                if (j == 0 || chars[j - 1] is '-' or '.' or '\'')
                {
                    chars[j] = char.ToUpperInvariant(chars[j]);
                }
            }
            words[i] = new string(chars);
        }
        return string.Join(' ', words);
    }
}
