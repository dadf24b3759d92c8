using Microsoft.Data.Sqlite;

namespace OnRecord.Store.Sqlite;

/// <summary>
/// A connection with its current transaction and a cache of prepared commands, so that the statements
/// run for every document are compiled once.
/// </summary>
internal sealed class SqlSession(SqliteConnection connection, string path) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    public SqliteConnection Connection => connection;

    public string Path => path;

    public SqliteTransaction? Transaction { get; private set; }

    public void Begin()
    {
        if (Transaction is null)
        {
            Transaction = connection.BeginTransaction(deferred: false);
        }
    }

    public void Commit()
    {
        Transaction?.Commit();
        Transaction?.Dispose();
        Transaction = null;
    }

    public void Rollback()
    {
        Transaction?.Rollback();
        Transaction?.Dispose();
        Transaction = null;
    }

    /// <summary>A prepared command with the given parameter values bound to <c>$1</c>, <c>$2</c>, ….</summary>
    public SqliteCommand Command(string sql, params object?[] values)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            _commands.Add(sql, command);
        }
        command.Transaction = Transaction;
        var parameters = command.Parameters;
        if (parameters.Count != values.Length)
        {
            parameters.Clear();
            for (var i = 0; i < values.Length; i++)
            {
                parameters.Add(new SqliteParameter("$" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), values[i] ?? DBNull.Value));
            }
        }
        else
        {
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i] ?? DBNull.Value;
            }
        }
        return command;
    }

    public int Execute(string sql, params object?[] values) => Command(sql, values).ExecuteNonQuery();

    public long? Long(string sql, params object?[] values) =>
        Command(sql, values).ExecuteScalar() is { } v and not DBNull ? Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>Runs an INSERT and returns the new row id.</summary>
    public long Insert(string sql, params object?[] values) => Long(sql + " RETURNING rowid", values) ?? 0;

    public void Dispose()
    {
        Rollback();
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }
        _commands.Clear();
    }
}
