using System.Net.Sockets;
using Npgsql;

namespace Chancery.Archive.Storage.Postgres;

/// <summary>Turns what Npgsql throws into an <see cref="ArchiveException"/> with one line fit for a user.</summary>
internal static class PostgresErrors
{
    /// <summary>True for the exceptions a server, a network or a connection string can cause.</summary>
    public static bool IsDatabaseError(Exception e) =>
        e is NpgsqlException or SocketException or TimeoutException or ArgumentException or FormatException
            or InvalidOperationException { Source: "Npgsql" };

    public static ArchiveException Translate(Exception e, string description) => e switch
    {
        ArchiveException archive => archive,
        PostgresException pg when pg.SqlState == PostgresErrorCodes.DiskFull =>
            new ArchiveException($"{description}: the server's disk is full ({OneLine(pg.MessageText)}); nothing of this batch was stored", e),
        PostgresException pg => new ArchiveException($"{description}: {OneLine(pg.MessageText)}", e),
        NpgsqlException { InnerException: SocketException socket } =>
            new ArchiveException($"cannot reach {description}: {OneLine(socket.Message)}", e),
        NpgsqlException { InnerException: TimeoutException } or TimeoutException =>
            new ArchiveException($"cannot reach {description}: the connection timed out", e),
        NpgsqlException npgsql => new ArchiveException($"{description}: {OneLine(npgsql.Message)}", e),
        _ => new ArchiveException($"{description}: {OneLine(e.Message)}", e),
    };

    public static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
