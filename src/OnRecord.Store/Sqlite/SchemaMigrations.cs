using System.Reflection;
using Microsoft.Data.Sqlite;
using OnRecord.Core.Errors;

namespace OnRecord.Store.Sqlite;

/// <summary>
/// Numbered, append-only schema migrations (<c>Sqlite/Migrations/NNNN_name.sql</c>, embedded). Each runs in
/// its own transaction and sets <c>PRAGMA user_version</c>; a new annotation layer is a new file, never an
/// edit of an old one. A record written by a newer build is refused rather than misread.
/// </summary>
internal static class SchemaMigrations
{
    public sealed record Migration(int Version, string Name, string Sql);

    public static IReadOnlyList<Migration> All { get; } = Load();

    public static int Latest => All[^1].Version;

    public static int CurrentVersion(SqliteConnection connection) => (int)SqliteDatabase.Long(connection, "PRAGMA user_version;");

    /// <summary>Brings the schema up to date; returns how many migrations ran.</summary>
    public static int Apply(SqliteConnection connection, string path)
    {
        var current = CurrentVersion(connection);
        EnsureKnown(current, path);
        var applied = 0;
        foreach (var migration in All)
        {
            if (migration.Version <= current)
            {
                continue;
            }
            using var transaction = connection.BeginTransaction();
            SqliteDatabase.Execute(connection, migration.Sql, transaction);
            SqliteDatabase.Execute(connection, $"PRAGMA user_version = {migration.Version};", transaction);
            transaction.Commit();
            applied++;
        }
        return applied;
    }

    public static void EnsureKnown(int version, string path)
    {
        if (version > Latest)
        {
            throw new OnRecordException(ErrorCode.StoreVersion,
                $"{path}: the record has schema version {version}, newer than this build knows ({Latest}); upgrade OnRecord");
        }
    }

    private static List<Migration> Load()
    {
        var assembly = typeof(SchemaMigrations).Assembly;
        const string prefix = "OnRecord.Store.Migrations.";
        var migrations = new List<Migration>();
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }
            var file = name[prefix.Length..];
            var version = int.Parse(file.AsSpan(0, file.IndexOf('_')), System.Globalization.CultureInfo.InvariantCulture);
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            migrations.Add(new Migration(version, Path.GetFileNameWithoutExtension(file), reader.ReadToEnd()));
        }
        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException($"Schema migrations must be numbered 1, 2, 3…; found {migrations[i].Name} at position {i + 1}.");
            }
        }
        return migrations;
    }
}
