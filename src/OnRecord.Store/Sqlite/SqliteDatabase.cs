using Microsoft.Data.Sqlite;
using OnRecord.Core.Errors;

namespace OnRecord.Store.Sqlite;

/// <summary>
/// Opens the record's SQLite file with the settings every connection needs: WAL (readers never block the
/// writer), foreign keys, a busy timeout, and <c>synchronous=NORMAL</c>, which in WAL mode keeps every
/// committed transaction through a killed process (only a power cut can lose the last ones).
/// </summary>
internal static class SqliteDatabase
{
    public static SqliteConnection Open(string path, bool readOnly)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        };
        var connection = new SqliteConnection(builder.ConnectionString);
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA busy_timeout = 5000;");
            if (!readOnly)
            {
                Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
            }
            Execute(connection, "PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -32000;");
            // Touch the schema so that a file that is not a database fails here, with a clear code.
            Scalar(connection, "SELECT count(*) FROM sqlite_master;");
            return connection;
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw Translate(e, path);
        }
    }

    /// <summary>Maps SQLite's result codes to the store's error codes.</summary>
    public static OnRecordException Translate(SqliteException e, string path) => e.SqliteErrorCode switch
    {
        5 or 6 => new OnRecordException(ErrorCode.StoreLocked, $"{path}: the record is locked by another process ({e.Message})", e),
        11 or 26 => new OnRecordException(ErrorCode.StoreCorrupt, $"{path}: the record is corrupt or not an OnRecord database ({e.Message})", e),
        8 or 14 or 23 => new OnRecordException(ErrorCode.StoreCorrupt, $"{path}: cannot open the record ({e.Message})", e),
        10 or 13 => new OnRecordException(ErrorCode.StoreWrite, $"{path}: cannot write the record ({e.Message})", e),
        _ => new OnRecordException(ErrorCode.StoreCorrupt, $"{path}: SQLite error {e.SqliteErrorCode} ({e.Message})", e),
    };

    public static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }

    public static object? Scalar(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    public static long Long(SqliteConnection connection, string sql, SqliteTransaction? transaction = null) =>
        Convert.ToInt64(Scalar(connection, sql, transaction) ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
}
