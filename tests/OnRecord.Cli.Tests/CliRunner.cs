using System.Diagnostics;
using System.Text;

namespace OnRecord.Cli.Tests;

public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Asserts the exit code, showing standard error when it differs.</summary>
    public CliResult AssertExit(int expected)
    {
        Assert.True(ExitCode == expected, $"exit code {ExitCode}, expected {expected}; stderr: {Stderr}");
        return this;
    }
}

/// <summary>Runs the real <c>onrecord</c> program as a child process, so exit codes and streams are what a user sees.</summary>
public static class CliRunner
{
    public static CliResult RunWithInput(string? stdin, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = OnRecord.Tests.Common.TestPaths.RepoRoot,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "onrecord.dll"));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
        }
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("onrecord did not finish: " + string.Join(' ', args));
        }
        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    public static CliResult Run(params string[] args) => RunWithInput(null, args);
}
