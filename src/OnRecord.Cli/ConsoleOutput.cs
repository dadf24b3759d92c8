namespace OnRecord.Cli;

/// <summary>
/// Messages for people go to standard error, one line each and never a stack trace; plain text, so
/// that terminal width never wraps a message over two lines.
/// </summary>
internal static class ConsoleOutput
{
    public static void Error(string line) => Console.Error.WriteLine("error: " + line.ReplaceLineEndings(" "));

    public static void Warning(string line) => Console.Error.WriteLine("warning: " + line.ReplaceLineEndings(" "));

    public static void Info(string line) => Console.Error.WriteLine(line.ReplaceLineEndings(" "));
}
