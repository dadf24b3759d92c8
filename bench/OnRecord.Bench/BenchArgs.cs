using System.Globalization;

namespace OnRecord.Bench;

/// <summary><c>--name value</c> options of the bench commands.</summary>
internal sealed class BenchArgs(string[] args)
{
    public string String(string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }

    public int Int(string name, int fallback) => int.Parse(String(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

    public double Double(string name, double fallback) => double.Parse(String(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

    public bool Flag(string name) => Array.IndexOf(args, name) >= 0;
}
