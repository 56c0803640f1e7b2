using System.CommandLine;
using Chancery.Archive;

namespace Chancery.Cli.Archive;

/// <summary>
/// The options every archive command shares: where the archive is (<c>--db FILE</c>, <c>--postgres CONNSTR</c> or
/// env <c>CHANCERY_POSTGRES</c>, else the default embedded database) and, for reads, <c>--user NAME</c>.
/// </summary>
internal sealed class ArchiveOptions
{
    /// <summary>The environment variable that selects PostgreSQL when neither option is given.</summary>
    public const string PostgresVariable = "CHANCERY_POSTGRES";

    private readonly Option<string?> _db = new("--db")
    {
        Description = $"The embedded SQLite archive file (default: {ArchiveLocation.DefaultSqlitePath}).",
        HelpName = "FILE",
    };

    private readonly Option<string?> _postgres = new("--postgres")
    {
        Description = $"A PostgreSQL archive, as an Npgsql connection string (or set {PostgresVariable}).",
        HelpName = "CONNSTR",
    };

    private readonly Option<string?> _user = new("--user")
    {
        Description = "Ask as this user (applies the user's clearance once users exist; until then everything is shown).",
        HelpName = "NAME",
    };

    /// <summary>Adds --db and --postgres (and --user when <paramref name="withUser"/>) to <paramref name="command"/>.</summary>
    public void AddTo(Command command, bool withUser)
    {
        command.Options.Add(_db);
        command.Options.Add(_postgres);
        if (withUser) command.Options.Add(_user);
        command.Validators.Add(result =>
        {
            if (result.GetValue(_db) is not null && result.GetValue(_postgres) is not null)
                result.AddError("choose one of --db and --postgres");
        });
    }

    /// <summary>The archive the command line names: --db, then --postgres, then CHANCERY_POSTGRES, then the default file.</summary>
    public ArchiveLocation Location(ParseResult parsed)
    {
        if (parsed.GetValue(_db) is { } db) return new ArchiveLocation.Sqlite(db);
        if (parsed.GetValue(_postgres) is { } connection) return new ArchiveLocation.Postgres(connection);
        if (Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } fromEnvironment)
            return new ArchiveLocation.Postgres(fromEnvironment);
        return new ArchiveLocation.Sqlite(ArchiveLocation.DefaultSqlitePath);
    }

    /// <summary>
    /// Who asks. Users do not exist yet: <c>--user</c> is accepted, noted on standard error, and the answer is
    /// everything (<see cref="Principal.Unrestricted"/>).
    /// </summary>
    public Principal Principal(ParseResult parsed, CliConsole console)
    {
        if (parsed.GetValue(_user) is { } user)
            console.Error.WriteLine($"chancery: note: users are not enforced yet; --user '{user}' sees the whole archive");
        return Chancery.Archive.Principal.Unrestricted;
    }
}
