using System.Diagnostics;
using System.Text.RegularExpressions;
using OnRecord.Store.Query;
using OnRecord.Tests.Common;

namespace OnRecord.Cli.Tests;

/// <summary>kill -9 during an ingest, several times at random moments, then a re-run: nothing lost, nothing duplicated.</summary>
public sealed partial class CrashRecoveryTests : IDisposable
{
    private const int Documents = 4000;
    private readonly string _dir = Directory.CreateTempSubdirectory("onrecord-crash-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [GeneratedRegex(@"new (\d+), updated (\d+), unchanged (\d+), duplicates (\d+) \(exact \d+, near \d+\), failed (\d+)")]
    private static partial Regex Summary();

    [Fact]
    public void Killed_ingests_then_a_rerun_leave_every_document_once_and_searchable()
    {
        var input = Path.Combine(_dir, "news.jsonl");
        SyntheticNews.WriteJsonl(input, Documents);
        var db = Path.Combine(_dir, "record");
        var random = new Random(6);
        var killed = 0;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var before = StoredStories(db);
            using var process = Start("ingest", input, "--db", db, "--no-progress");
            // Kill at a random moment after this run has committed something of its own, so every kill lands mid-ingest.
            var deadline = DateTime.UtcNow.AddSeconds(40);
            while (!process.HasExited && StoredStories(db) <= before && DateTime.UtcNow < deadline)
            {
                Thread.Sleep(50);
            }
            Thread.Sleep(random.Next(0, 600));
            if (process.HasExited)
            {
                break;
            }
            process.Kill(entireProcessTree: true); // SIGKILL: no finally blocks, no flush; only the kernel releases the lock
            process.WaitForExit();
            killed++;
        }
        Assert.True(killed > 0, "every ingest finished before it could be killed; the test proves nothing");
        Assert.InRange(StoredStories(db), 1, Documents - 1);

        var rerun = CliRunner.Run("ingest", input, "--db", db, "--no-progress");
        rerun.AssertExit(0);
        var summary = Summary().Match(rerun.Stdout);
        Assert.True(summary.Success, rerun.Stdout);
        var (fresh, unchanged) = (int.Parse(summary.Groups[1].Value), int.Parse(summary.Groups[3].Value));
        Assert.Equal(Documents, fresh + unchanged);
        Assert.True(unchanged > 0, $"the killed runs stored nothing: {rerun.Stdout}");
        Assert.Equal("0", summary.Groups[4].Value);

        using var reader = RecordReader.Open(db);
        Assert.Empty(reader.Verify());
        var stats = reader.Stats();
        Assert.Equal((Documents, 0), (stats.Stories, stats.Copies));
        Assert.Equal(Documents, stats.IndexedStories);
        foreach (var i in new[] { 0, 1, Documents / 3, Documents / 2, Documents - 1 })
        {
            var hit = Assert.Single(reader.SearchStories(new() { Text = SyntheticNews.Marker(i) }).Rows);
            Assert.Equal($"doc-{i}", hit.DocId);
        }
    }

    /// <summary>Stories committed so far, read as any other process would while the ingest runs.</summary>
    private static long StoredStories(string db)
    {
        var path = Path.Combine(db, "record.sqlite");
        if (!File.Exists(path))
        {
            return 0;
        }
        try
        {
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM documents";
            return (long)command.ExecuteScalar()!;
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return 0; // not created yet
        }
    }

    private static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = TestPaths.RepoRoot,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "onrecord.dll"));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    internal static Process StartHolding(params string[] args) => Start(args);
}
