using System.Diagnostics;
using System.Globalization;
using OnRecord.Core.Pipeline;
using OnRecord.Nlp.Corpora;
using OnRecord.Nlp.Evaluation;
using OnRecord.Nlp.Models;

namespace OnRecord.Cli.Commands;

/// <summary>
/// The bookkeeping every <c>train</c> command shares: progress lines on standard error, dev scoring of
/// the new model (raw text and gold tokens), and the manifest beside the model file.
/// </summary>
internal sealed class TrainingRun
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly TrainSettings _settings;
    private readonly string _name;
    private readonly string _description;
    private readonly string _kind;
    private readonly int _formatVersion;

    public TrainingRun(string name, string description, TrainSettings settings, string defaultFile, string kind, int formatVersion)
    {
        _name = name;
        _description = description;
        _settings = settings;
        _kind = kind;
        _formatVersion = formatVersion;
        OutputPath = settings.Out ?? Path.Combine("models", defaultFile);
        var directory = Path.GetDirectoryName(Path.GetFullPath(OutputPath));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }
    }

    public string OutputPath { get; }

    public void Log(string line) =>
        ConsoleOutput.Info(string.Create(CultureInfo.InvariantCulture, $"[{_clock.Elapsed:mm\\:ss}] {_name}: {line}"));

    /// <summary>Scores <paramref name="pipeline"/> (which holds the new model) on each dev file and writes the manifest.</summary>
    public void Finish(IReadOnlyDictionary<string, object> settings, Pipeline pipeline, CancellationToken cancellationToken)
    {
        var trainingSeconds = _clock.Elapsed.TotalSeconds;
        var scores = new Dictionary<string, double>();
        foreach (var dev in _settings.Dev)
        {
            var gold = ConlluRawText.Build(ConlluReader.Read(dev));
            var file = Path.GetFileName(dev);
            foreach (var (mode, result) in new[]
            {
                ("raw-text", UdEvaluation.RawText(gold, pipeline, file, cancellationToken)),
                ("gold-tokens", UdEvaluation.GoldTokens(gold, pipeline, file, cancellationToken)),
            })
            {
                var figures = Figures(result);
                Log($"{file} {mode}: " + string.Join(", ", figures.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Key} {f.Value:F2}"))));
                foreach (var (name, value) in figures)
                {
                    scores[$"{file} {mode} {name}"] = Math.Round(value, 2);
                }
            }
        }
        var manifest = new ModelManifest
        {
            Name = _name,
            File = Path.GetFileName(OutputPath),
            Description = _description,
            Kind = _kind,
            FormatVersion = _formatVersion,
            Command = "onrecord " + string.Join(' ', Environment.GetCommandLineArgs().Skip(1)),
            CodeCommit = GitCommit(),
            TrainingData = [.. _settings.Train.Select(p => new TrainingSource(p, LicenceOf(p)) { Sha256 = ModelFile.HashFile(p) })],
            Settings = settings,
            DevScores = scores,
            TrainingSeconds = Math.Round(trainingSeconds),
        };
        manifest.WriteBeside(OutputPath);
        Log(string.Create(CultureInfo.InvariantCulture,
            $"wrote {OutputPath} ({new FileInfo(OutputPath).Length / 1024.0 / 1024.0:F2} MB) and its manifest"));
    }

    /// <summary>The licence of a known corpus, recognised by its folder name.</summary>
    private static string LicenceOf(string path)
    {
        var normalized = path.Replace('\\', '/');
        if (normalized.Contains("ud-english-ewt/", StringComparison.Ordinal))
        {
            return "CC BY-SA 4.0 (UD English EWT)";
        }
        if (normalized.Contains("gum-open/", StringComparison.Ordinal))
        {
            return "annotations CC BY 4.0, texts CC BY 2.5-4.0 / CC BY-SA 3.0 / public domain; treated as CC BY-SA (GUM, open genres)";
        }
        return "unknown: check before shipping";
    }

    private static Dictionary<string, double> Figures(UdScores scores) =>
        scores.All().ToDictionary(f => f.Name, f => f.Counts.F1 * 100);

    /// <summary>The checked-out commit, marked "+dirty" when code (anything outside models/, which training rewrites) has uncommitted changes.</summary>
    internal static string GitCommit()
    {
        var head = Git("rev-parse HEAD");
        if (head is null)
        {
            return "unknown";
        }
        var status = Git("status --porcelain --untracked-files=no -- . :!models");
        return string.IsNullOrWhiteSpace(status) ? head : head + "+dirty";
    }

    private static string? Git(string arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("git", arguments)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
            if (process is null)
            {
                return null;
            }
            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
