using System.CommandLine;
using Chancery.Archive;
using Chancery.Archive.Security;

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
        Description = "Ask as this user: their clearance, NOFORN eligibility and accesses decide what is shown, and their read limits apply.",
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
    /// Who asks: the user named by <c>--user</c> (an unknown or disabled one is an <see cref="ArchiveException"/>), else
    /// the system itself as <c>cli:$USER</c>, which sees everything and is still audited.
    /// </summary>
    public async Task<Caller> CallerAsync(ParseResult parsed, IArchiveStore store, CancellationToken cancellationToken)
    {
        if (parsed.GetValue(_user) is not { } name) return SystemCaller();
        var user = await store.Users.FindAsync(name.Trim(), cancellationToken)
            ?? throw new ArchiveException($"no user '{name.Trim()}' in the archive (add one with 'chancery users add')");
        if (user.Disabled) throw new ArchiveException($"user '{user.Name}' is disabled");
        return new Caller(user, "cli");
    }

    /// <summary>The command line itself, audited as <c>cli:$USER</c>.</summary>
    public static Caller SystemCaller() => new(null, "cli", "cli:" + Environment.UserName);
}
