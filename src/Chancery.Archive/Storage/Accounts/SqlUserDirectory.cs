using System.Data.Common;
using System.Globalization;
using Chancery.Archive.Security;
using Chancery.Cables;
using Microsoft.AspNetCore.Identity;

namespace Chancery.Archive.Storage.Accounts;

/// <summary>
/// <see cref="IUserDirectory"/> over the <c>users</c> and <c>api_tokens</c> tables of either backend. Passwords are
/// hashed by ASP.NET Core's <see cref="PasswordHasher{TUser}"/> (PBKDF2, salted, iterated, versioned so old hashes are
/// upgraded on the next login); names are unique regardless of case.
/// </summary>
internal sealed class SqlUserDirectory(AccountsDatabase database, TimeProvider time) : IUserDirectory
{
    private const string Columns = "name, clearance, noforn, accesses, role, read_limit_hour, read_limit_day, disabled, created_at";

    private static readonly PasswordHasher<string> Hasher = new();

    // Checked against when the user does not exist, so a missing user costs as long as a wrong password.
    private static readonly Lazy<string> DummyHash = new(() => Hasher.HashPassword("", "not a password of anyone"));

    public async Task<UserAccount> AddAsync(NewUser user, string password, CancellationToken cancellationToken = default)
    {
        var name = UserRules.CheckName(user.Name);
        UserRules.CheckPassword(password);
        CheckEnum(user.Clearance, user.Role);
        var accesses = UserRules.NormalizeAccesses(user.Accesses);
        var hash = Hasher.HashPassword(name, password);
        var now = time.GetUtcNow();
        return await database.RunAsync(async connection =>
        {
            await using var transaction = await database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
            await using (var exists = AccountsDatabase.Command(connection, transaction, "SELECT count(*) FROM users WHERE name_key = @key", ("key", Key(name))))
            {
                if (Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) > 0)
                    throw new ArchiveException($"there is already a user '{name}'");
            }
            await using (var insert = AccountsDatabase.Command(connection, transaction, """
                INSERT INTO users (name, name_key, clearance, noforn, accesses, role, read_limit_hour, read_limit_day, disabled,
                                   created_at, password_hash, failed_logins, locked_until)
                VALUES (@name, @key, @clearance, @noforn, @accesses, @role, @hour, @day, 0, @created, @hash, 0, NULL)
                """,
                ("name", name), ("key", Key(name)), ("clearance", (long)user.Clearance), ("noforn", Flag(user.NoForn)),
                ("accesses", string.Join('\n', accesses)), ("role", (long)user.Role),
                ("hour", (long)UserAccount.DefaultReadLimitPerHour), ("day", (long)UserAccount.DefaultReadLimitPerDay),
                ("created", now.ToUnixTimeMilliseconds()), ("hash", hash)))
            {
                await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new UserAccount(name, user.Clearance, user.NoForn, accesses, user.Role, UserAccount.DefaultReadLimitPerHour,
                UserAccount.DefaultReadLimitPerDay, false, DateTimeOffset.FromUnixTimeMilliseconds(now.ToUnixTimeMilliseconds()));
        }, cancellationToken).ConfigureAwait(false);
    }

    public Task<UserAccount?> FindAsync(string name, CancellationToken cancellationToken = default) =>
        database.RunAsync(connection => FindAsync(connection, null, name, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken cancellationToken = default) =>
        database.RunAsync<IReadOnlyList<UserAccount>>(async connection =>
        {
            await using var command = AccountsDatabase.Command(connection, null, $"SELECT {Columns} FROM users ORDER BY name_key");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var users = new List<UserAccount>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) users.Add(ReadUser(reader));
            return users;
        }, cancellationToken);

    public async Task<UserAccount> UpdateAsync(string name, UserChanges changes, CancellationToken cancellationToken = default)
    {
        if (changes.ReadLimitPerHour < 0 || changes.ReadLimitPerDay < 0)
            throw new ArchiveException("a read limit is a number of cables, 0 or more (0 = unlimited)");
        CheckEnum(changes.Clearance ?? Classification.Unclassified, changes.Role ?? UserRole.Reader);
        var accesses = changes.Accesses is null ? null : UserRules.NormalizeAccesses(changes.Accesses);
        return await database.RunAsync(async connection =>
        {
            await using var transaction = await database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
            var current = await FindAsync(connection, transaction, name, cancellationToken).ConfigureAwait(false) ?? throw UnknownUser(name);
            var updated = current with
            {
                Clearance = changes.Clearance ?? current.Clearance,
                NoForn = changes.NoForn ?? current.NoForn,
                Accesses = accesses ?? current.Accesses,
                Role = changes.Role ?? current.Role,
                ReadLimitPerHour = changes.ReadLimitPerHour ?? current.ReadLimitPerHour,
                ReadLimitPerDay = changes.ReadLimitPerDay ?? current.ReadLimitPerDay,
                Disabled = changes.Disabled ?? current.Disabled,
            };
            await using (var update = AccountsDatabase.Command(connection, transaction, """
                UPDATE users SET clearance = @clearance, noforn = @noforn, accesses = @accesses, role = @role,
                    read_limit_hour = @hour, read_limit_day = @day, disabled = @disabled
                WHERE name_key = @key
                """,
                ("clearance", (long)updated.Clearance), ("noforn", Flag(updated.NoForn)), ("accesses", string.Join('\n', updated.Accesses)),
                ("role", (long)updated.Role), ("hour", (long)updated.ReadLimitPerHour), ("day", (long)updated.ReadLimitPerDay),
                ("disabled", Flag(updated.Disabled)), ("key", Key(name))))
            {
                await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            if (updated.Disabled) await RevokeAllAsync(connection, transaction, name, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return updated;
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task SetPasswordAsync(string name, string password, CancellationToken cancellationToken = default)
    {
        UserRules.CheckPassword(password);
        var hash = Hasher.HashPassword(name, password);
        var changed = await database.RunAsync(async connection =>
        {
            await using var update = AccountsDatabase.Command(connection, null,
                "UPDATE users SET password_hash = @hash, failed_logins = 0, locked_until = NULL WHERE name_key = @key",
                ("hash", hash), ("key", Key(name)));
            return await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
        if (changed == 0) throw UnknownUser(name);
    }

    public async Task<LoginResult> VerifyPasswordAsync(string name, string password, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(name) || name.Length > 64 || string.IsNullOrEmpty(password) || password.Length > UserRules.MaximumPasswordLength)
            return new LoginResult(LoginOutcome.Rejected);
        return await database.RunAsync(async connection =>
        {
            await using var transaction = await database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
            string? hash = null;
            long failures = 0;
            long? lockedUntil = null;
            UserAccount? user = null;
            await using (var select = AccountsDatabase.Command(connection, transaction,
                $"SELECT {Columns}, password_hash, failed_logins, locked_until FROM users WHERE name_key = @key", ("key", Key(name))))
            await using (var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    user = ReadUser(reader);
                    hash = reader.GetString(9);
                    failures = Int(reader, 10);
                    lockedUntil = reader.IsDBNull(11) ? null : Int(reader, 11);
                }
            }
            var now = time.GetUtcNow();
            if (user is null || hash is null)
            {
                Hasher.VerifyHashedPassword("", DummyHash.Value, password);
                return new LoginResult(LoginOutcome.Rejected);
            }
            if (lockedUntil is { } until && until > now.ToUnixTimeMilliseconds())
                return new LoginResult(LoginOutcome.LockedOut, LockedUntil: DateTimeOffset.FromUnixTimeMilliseconds(until));
            var verdict = Hasher.VerifyHashedPassword(user.Name, hash, password);
            if (verdict == PasswordVerificationResult.Failed)
            {
                failures++;
                DateTimeOffset? locks = failures >= UserRules.FailuresBeforeLockout ? now + UserRules.LockoutDuration : null;
                await using (var fail = AccountsDatabase.Command(connection, transaction,
                    "UPDATE users SET failed_logins = @failures, locked_until = @until WHERE name_key = @key",
                    ("failures", locks is null ? failures : 0L), ("until", locks?.ToUnixTimeMilliseconds()), ("key", Key(name))))
                {
                    await fail.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return locks is null ? new LoginResult(LoginOutcome.Rejected) : new LoginResult(LoginOutcome.LockedOut, LockedUntil: locks);
            }
            if (user.Disabled) return new LoginResult(LoginOutcome.Disabled);
            var newHash = verdict == PasswordVerificationResult.SuccessRehashNeeded ? Hasher.HashPassword(user.Name, password) : hash;
            await using (var success = AccountsDatabase.Command(connection, transaction,
                "UPDATE users SET failed_logins = 0, locked_until = NULL, password_hash = @hash WHERE name_key = @key",
                ("hash", newHash), ("key", Key(name))))
            {
                await success.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new LoginResult(LoginOutcome.Success, user);
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IssuedToken> IssueTokenAsync(string name, TimeSpan? lifetime = null, CancellationToken cancellationToken = default)
    {
        if (lifetime is { } span && span <= TimeSpan.Zero) throw new ArchiveException("a token's lifetime must be positive");
        var now = time.GetUtcNow();
        var expires = lifetime is { } life ? DateTimeOffset.FromUnixTimeMilliseconds((now + life).ToUnixTimeMilliseconds()) : (DateTimeOffset?)null;
        var token = new IssuedToken(ApiTokens.NewId(), ApiTokens.NewSecret(), expires);
        await database.RunAsync(async connection =>
        {
            await using var transaction = await database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
            var user = await FindAsync(connection, transaction, name, cancellationToken).ConfigureAwait(false) ?? throw UnknownUser(name);
            if (user.Disabled) throw new ArchiveException($"user '{user.Name}' is disabled; enable them before issuing a token");
            await using (var insert = AccountsDatabase.Command(connection, transaction, """
                INSERT INTO api_tokens (id, user_id, token_hash, created_at, expires_at, revoked)
                SELECT @id, id, @hash, @created, @expires, 0 FROM users WHERE name_key = @key
                """,
                ("id", token.Id), ("hash", ApiTokens.Hash(token.Token)), ("created", now.ToUnixTimeMilliseconds()),
                ("expires", expires?.ToUnixTimeMilliseconds()), ("key", Key(name))))
            {
                await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        }, cancellationToken).ConfigureAwait(false);
        return token;
    }

    public async Task<UserAccount?> AuthenticateTokenAsync(string token, CancellationToken cancellationToken = default)
    {
        if (!ApiTokens.LooksLikeToken(token)) return null;
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        return await database.RunAsync(async connection =>
        {
            await using var command = AccountsDatabase.Command(connection, null, $"""
                SELECT {string.Join(", ", Columns.Split(", ").Select(c => "u." + c))}
                FROM api_tokens t JOIN users u ON u.id = t.user_id
                WHERE t.token_hash = @hash AND t.revoked = 0 AND u.disabled = 0 AND (t.expires_at IS NULL OR t.expires_at > @now)
                """, ("hash", ApiTokens.Hash(token)), ("now", now));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadUser(reader) : null;
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<TokenInfo>> ListTokensAsync(string name, CancellationToken cancellationToken = default) =>
        await database.RunAsync<IReadOnlyList<TokenInfo>>(async connection =>
        {
            var user = await FindAsync(connection, null, name, cancellationToken).ConfigureAwait(false) ?? throw UnknownUser(name);
            await using var command = AccountsDatabase.Command(connection, null, """
                SELECT t.id, t.created_at, t.expires_at, t.revoked FROM api_tokens t JOIN users u ON u.id = t.user_id
                WHERE u.name_key = @key ORDER BY t.created_at DESC, t.id
                """, ("key", Key(name)));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var tokens = new List<TokenInfo>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                tokens.Add(new TokenInfo(reader.GetString(0), user.Name, Time(Int(reader, 1)),
                    reader.IsDBNull(2) ? null : Time(Int(reader, 2)), Int(reader, 3) != 0));
            return tokens;
        }, cancellationToken).ConfigureAwait(false);

    public async Task<bool> RevokeTokenAsync(string tokenId, CancellationToken cancellationToken = default) =>
        await database.RunAsync(async connection =>
        {
            await using var command = AccountsDatabase.Command(connection, null, "UPDATE api_tokens SET revoked = 1 WHERE id = @id", ("id", tokenId));
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
        }, cancellationToken).ConfigureAwait(false);

    public async Task<int> RevokeAllTokensAsync(string name, CancellationToken cancellationToken = default) =>
        await database.RunAsync(async connection =>
        {
            await using var transaction = await database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
            _ = await FindAsync(connection, transaction, name, cancellationToken).ConfigureAwait(false) ?? throw UnknownUser(name);
            var count = await RevokeAllAsync(connection, transaction, name, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return count;
        }, cancellationToken).ConfigureAwait(false);

    private static async Task<int> RevokeAllAsync(DbConnection connection, DbTransaction transaction, string name, CancellationToken cancellationToken)
    {
        await using var command = AccountsDatabase.Command(connection, transaction,
            "UPDATE api_tokens SET revoked = 1 WHERE revoked = 0 AND user_id IN (SELECT id FROM users WHERE name_key = @key)", ("key", Key(name)));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<UserAccount?> FindAsync(DbConnection connection, DbTransaction? transaction, string name, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(name) || name.Length > 64) return null;
        await using var command = AccountsDatabase.Command(connection, transaction, $"SELECT {Columns} FROM users WHERE name_key = @key", ("key", Key(name)));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadUser(reader) : null;
    }

    private static UserAccount ReadUser(DbDataReader reader)
    {
        var accesses = reader.GetString(3);
        return new UserAccount(
            reader.GetString(0),
            (Classification)Int(reader, 1),
            Int(reader, 2) != 0,
            accesses.Length == 0 ? EquatableList<string>.Empty : accesses.Split('\n'),
            (UserRole)Int(reader, 4),
            (int)Int(reader, 5),
            (int)Int(reader, 6),
            Int(reader, 7) != 0,
            Time(Int(reader, 8)));
    }

    private static void CheckEnum(Classification clearance, UserRole role)
    {
        if (!Enum.IsDefined(clearance)) throw new ArchiveException($"unknown clearance {(int)clearance}");
        if (!Enum.IsDefined(role)) throw new ArchiveException($"unknown role {(int)role}");
    }

    private static ArchiveException UnknownUser(string name) => new($"no user '{name}'");

    private static string Key(string name) => name.ToLowerInvariant();

    private static long Flag(bool value) => value ? 1 : 0;

    private static long Int(DbDataReader reader, int ordinal) => Convert.ToInt64(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    private static DateTimeOffset Time(long milliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
}
