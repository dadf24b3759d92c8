namespace OnRecord.Tests.Common;

/// <summary>One example of a spec file: an input and its expected fields (<c>tokens:</c>, <c>sentences:</c>, …).</summary>
public sealed record SpecCase(string Name, string Input, IReadOnlyDictionary<string, List<string>> Expected)
{
    public override string ToString() => Name;
}

/// <summary>
/// Reads the readable example files under tests/Specs: <c>## Section</c> headings, <c>input:</c> lines and
/// expectation lines <c>key: value</c> (a key may repeat). <c>\n</c> in a value stands for a line break.
/// </summary>
public static class SpecFile
{
    public static IReadOnlyList<SpecCase> Read(string name)
    {
        var cases = new List<SpecCase>();
        var section = "";
        var index = 0;
        string? input = null;
        Dictionary<string, List<string>> expected = [];
        void Flush()
        {
            if (input is not null)
            {
                cases.Add(new SpecCase($"{section} #{++index}", input, expected));
            }
            input = null;
            expected = [];
        }
        foreach (var line in File.ReadLines(TestPaths.Spec(name)))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                Flush();
                section = line[3..].Trim();
                index = 0;
                continue;
            }
            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            if (colon <= 0 || line.StartsWith('#') || line.Contains(' ', StringComparison.Ordinal) && line.IndexOf(' ') < colon)
            {
                continue;
            }
            var key = line[..colon];
            var value = line[(colon + 2)..].Replace("\\n", "\n", StringComparison.Ordinal);
            if (key == "input")
            {
                Flush();
                input = value;
            }
            else if (input is not null)
            {
                if (!expected.TryGetValue(key, out var list))
                {
                    expected[key] = list = [];
                }
                list.Add(value);
            }
        }
        Flush();
        return cases;
    }

    public static TheoryData<SpecCase> Theory(string name, string requiredKey)
    {
        var data = new TheoryData<SpecCase>();
        foreach (var c in Read(name))
        {
            if (c.Expected.ContainsKey(requiredKey))
            {
                data.Add(c);
            }
        }
        return data;
    }
}
