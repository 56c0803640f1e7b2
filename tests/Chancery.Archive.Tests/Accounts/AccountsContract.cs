using Chancery.Archive.Security;
using Chancery.Cables;
using Microsoft.Extensions.Time.Testing;

namespace Chancery.Archive.Tests.Accounts;

/// <summary>
/// Users, tokens, lockout and the audit log: the suite both backends pass. Each test gets a fresh, empty store on a
/// <see cref="FakeTimeProvider"/>, so lockouts and expiries are tested by moving the clock.
/// </summary>
public abstract class AccountsContract : IAsyncLifetime
{
    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    private IArchiveStore? _store;

    /// <summary>The store under test; a test on a backend that is not available skips here.</summary>
    protected IArchiveStore Store => _store ?? SkipUnavailable();

    protected IUserDirectory Users => Store.Users;

    protected IAuditLog Audit => Store.Audit;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A fresh, empty store on <paramref name="time"/>, or null when the backend is not available.</summary>
    protected abstract Task<IArchiveStore?> OpenEmptyAsync(TimeProvider time);

    /// <summary>Skips the test (called when <see cref="OpenEmptyAsync"/> gave null).</summary>
    protected abstract IArchiveStore SkipUnavailable();

    /// <summary>Runs SQL on the store's database behind its back.</summary>
    protected abstract Task ExecuteRawAsync(string sql);

    /// <summary>SQL that removes the audit log's protection against updates.</summary>
    protected abstract string DropAuditTriggersSql { get; }

    public async ValueTask InitializeAsync() => _store = await OpenEmptyAsync(Clock);

    public async ValueTask DisposeAsync()
    {
        if (_store is not null) await _store.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    private static NewUser Reader(string name, Classification clearance = Classification.Secret, params string[] accesses) =>
        new(name, clearance, true, accesses, UserRole.Reader);

    private const string Password = "correct horse battery";

    // ---- users ----

    [Fact]
    public async Task Added_users_are_found_regardless_of_case_and_listed_by_name()
    {
        var added = await Users.AddAsync(new NewUser("Zed", Classification.Confidential, false, ["exdis", " nodis", "EXDIS"], UserRole.Archivist), Password, Ct);
        await Users.AddAsync(Reader("alice"), Password, Ct);
        Assert.Equal(["EXDIS", "NODIS"], added.Accesses);
        Assert.Equal(UserAccount.DefaultReadLimitPerHour, added.ReadLimitPerHour);
        Assert.Equal(UserAccount.DefaultReadLimitPerDay, added.ReadLimitPerDay);
        Assert.Equal(Clock.GetUtcNow(), added.CreatedAt);
        Assert.Equal(added, await Users.FindAsync("zED", Ct));
        Assert.Null(await Users.FindAsync("bob", Ct));
        Assert.Equal(["alice", "Zed"], (await Users.ListAsync(Ct)).Select(u => u.Name));
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("semi;colon")]
    [InlineData("o'brien")]
    [InlineData("x12345678901234567890123456789012345678901234567890123456789012345")]
    public async Task Bad_names_are_refused(string name)
    {
        var e = await Assert.ThrowsAsync<ArchiveException>(() => Users.AddAsync(Reader(name), Password, Ct));
        Assert.StartsWith("bad user name", e.Message);
        Assert.Empty(await Users.ListAsync(Ct));
    }

    [Fact]
    public async Task A_duplicate_name_a_short_password_and_a_bad_access_are_refused()
    {
        await Users.AddAsync(Reader("alice"), Password, Ct);
        Assert.Contains("already", (await Assert.ThrowsAsync<ArchiveException>(() => Users.AddAsync(Reader("ALICE"), Password, Ct))).Message);
        Assert.Contains("at least 8", (await Assert.ThrowsAsync<ArchiveException>(() => Users.AddAsync(Reader("bob"), "short", Ct))).Message);
        Assert.Contains("at least 8", (await Assert.ThrowsAsync<ArchiveException>(() => Users.AddAsync(Reader("bob"), "", Ct))).Message);
        await Assert.ThrowsAsync<ArchiveException>(() => Users.AddAsync(Reader("bob", Classification.Secret, "NO;DIS"), Password, Ct));
        Assert.Single(await Users.ListAsync(Ct));
    }

    [Fact]
    public async Task Updates_change_only_what_they_name()
    {
        await Users.AddAsync(Reader("alice", Classification.Secret, "NODIS"), Password, Ct);
        var updated = await Users.UpdateAsync("Alice", new UserChanges(Clearance: Classification.TopSecret, ReadLimitPerHour: 0), Ct);
        Assert.Equal(Classification.TopSecret, updated.Clearance);
        Assert.Equal(0, updated.ReadLimitPerHour);
        Assert.Equal(UserAccount.DefaultReadLimitPerDay, updated.ReadLimitPerDay);
        Assert.Equal(["NODIS"], updated.Accesses);
        Assert.Equal(updated, await Users.FindAsync("alice", Ct));
        updated = await Users.UpdateAsync("alice", new UserChanges(NoForn: false, Accesses: ["limdis"], Role: UserRole.Admin, ReadLimitPerDay: 5), Ct);
        Assert.Equal((false, "LIMDIS", UserRole.Admin, 5), (updated.NoForn, updated.Accesses.Single(), updated.Role, updated.ReadLimitPerDay));
        await Assert.ThrowsAsync<ArchiveException>(() => Users.UpdateAsync("nobody", new UserChanges(Disabled: true), Ct));
        await Assert.ThrowsAsync<ArchiveException>(() => Users.UpdateAsync("alice", new UserChanges(ReadLimitPerHour: -1), Ct));
    }

    // ---- passwords and lockout ----

    [Fact]
    public async Task A_password_is_checked_and_a_missing_user_looks_like_a_wrong_password()
    {
        await Users.AddAsync(Reader("alice"), Password, Ct);
        var ok = await Users.VerifyPasswordAsync("alice", Password, Ct);
        Assert.Equal(LoginOutcome.Success, ok.Outcome);
        Assert.Equal("alice", ok.User!.Name);
        Assert.Equal(LoginOutcome.Rejected, (await Users.VerifyPasswordAsync("alice", Password + "x", Ct)).Outcome);
        Assert.Equal(LoginOutcome.Rejected, (await Users.VerifyPasswordAsync("nobody", Password, Ct)).Outcome);
        Assert.Equal(LoginOutcome.Rejected, (await Users.VerifyPasswordAsync("alice", "", Ct)).Outcome);
        await Users.SetPasswordAsync("alice", "a new long password", Ct);
        Assert.Equal(LoginOutcome.Rejected, (await Users.VerifyPasswordAsync("alice", Password, Ct)).Outcome);
        Assert.Equal(LoginOutcome.Success, (await Users.VerifyPasswordAsync("alice", "a new long password", Ct)).Outcome);
        await Assert.ThrowsAsync<ArchiveException>(() => Users.SetPasswordAsync("alice", "short", Ct));
        await Assert.ThrowsAsync<ArchiveException>(() => Users.SetPasswordAsync("nobody", Password, Ct));
    }

    [Fact]
    public async Task Five_failures_lock_the_user_for_fifteen_minutes_even_against_the_right_password()
    {
        await Users.AddAsync(Reader("alice"), Password, Ct);
        for (var i = 0; i < UserRules.FailuresBeforeLockout - 1; i++)
            Assert.Equal(LoginOutcome.Rejected, (await Users.VerifyPasswordAsync("alice", "guess" + i + "xxxx", Ct)).Outcome);
        var locked = await Users.VerifyPasswordAsync("alice", "one guess too many", Ct);
        Assert.Equal(LoginOutcome.LockedOut, locked.Outcome);
        Assert.Equal(Clock.GetUtcNow() + TimeSpan.FromMinutes(15), locked.LockedUntil);
        Clock.Advance(TimeSpan.FromMinutes(14));
        var still = await Users.VerifyPasswordAsync("alice", Password, Ct);
        Assert.Equal(LoginOutcome.LockedOut, still.Outcome);
        Assert.Null(still.User);
        Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(LoginOutcome.Success, (await Users.VerifyPasswordAsync("alice", Password, Ct)).Outcome);
    }

    [Fact]
    public async Task A_success_resets_the_failure_count()
    {
        await Users.AddAsync(Reader("alice"), Password, Ct);
        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < UserRules.FailuresBeforeLockout - 1; i++)
                await Users.VerifyPasswordAsync("alice", "wrong password", Ct);
            Assert.Equal(LoginOutcome.Success, (await Users.VerifyPasswordAsync("alice", Password, Ct)).Outcome);
        }
    }

    [Fact]
    public async Task A_disabled_user_cannot_log_in_and_loses_their_tokens()
    {
        await Users.AddAsync(Reader("alice"), Password, Ct);
        var token = await Users.IssueTokenAsync("alice", cancellationToken: Ct);
        await Users.UpdateAsync("alice", new UserChanges(Disabled: true), Ct);
        Assert.Equal(LoginOutcome.Disabled, (await Users.VerifyPasswordAsync("alice", Password, Ct)).Outcome);
        Assert.Equal(LoginOutcome.Rejected, (await Users.VerifyPasswordAsync("alice", "wrong password", Ct)).Outcome);
        Assert.Null(await Users.AuthenticateTokenAsync(token.Token, Ct));
        Assert.True((await Users.ListTokensAsync("alice", Ct)).Single().Revoked);
        var e = await Assert.ThrowsAsync<ArchiveException>(() => Users.IssueTokenAsync("alice", cancellationToken: Ct));
        Assert.Contains("disabled", e.Message);
        // Enabling does not bring the old token back.
        await Users.UpdateAsync("alice", new UserChanges(Disabled: false), Ct);
        Assert.Equal(LoginOutcome.Success, (await Users.VerifyPasswordAsync("alice", Password, Ct)).Outcome);
        Assert.Null(await Users.AuthenticateTokenAsync(token.Token, Ct));
    }

    // ---- tokens ----

    [Fact]
    public async Task A_token_authenticates_its_user_until_revoked()
    {
        await Users.AddAsync(Reader("alice"), Password, Ct);
        await Users.AddAsync(Reader("bob"), Password, Ct);
        var first = await Users.IssueTokenAsync("alice", cancellationToken: Ct);
        Clock.Advance(TimeSpan.FromSeconds(1));
        var second = await Users.IssueTokenAsync("alice", cancellationToken: Ct);
        var bobs = await Users.IssueTokenAsync("bob", cancellationToken: Ct);
        Assert.Matches("^chy_[A-Za-z0-9_-]{43}$", first.Token);
        Assert.NotEqual(first.Token, second.Token);
        Assert.DoesNotContain(first.Id, first.Token);
        Assert.Null(first.ExpiresAt);
        Assert.Equal("alice", (await Users.AuthenticateTokenAsync(first.Token, Ct))?.Name);
        Assert.Equal("bob", (await Users.AuthenticateTokenAsync(bobs.Token, Ct))?.Name);
        Assert.Equal([second.Id, first.Id], (await Users.ListTokensAsync("alice", Ct)).Select(t => t.Id));

        Assert.True(await Users.RevokeTokenAsync(first.Id, Ct));
        Assert.False(await Users.RevokeTokenAsync("no-such-id", Ct));
        Assert.Null(await Users.AuthenticateTokenAsync(first.Token, Ct));
        Assert.Equal("alice", (await Users.AuthenticateTokenAsync(second.Token, Ct))?.Name);
        Assert.Equal(1, await Users.RevokeAllTokensAsync("alice", Ct));
        Assert.Null(await Users.AuthenticateTokenAsync(second.Token, Ct));
        Assert.Equal("bob", (await Users.AuthenticateTokenAsync(bobs.Token, Ct))?.Name);
        await Assert.ThrowsAsync<ArchiveException>(() => Users.RevokeAllTokensAsync("nobody", Ct));
        await Assert.ThrowsAsync<ArchiveException>(() => Users.IssueTokenAsync("nobody", cancellationToken: Ct));
    }

    [Theory]
    [InlineData("")]
    [InlineData("chy_")]
    [InlineData("chy_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("' OR 1=1 --")]
    [InlineData("Bearer chy_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task Forged_tokens_authenticate_no_one(string token)
    {
        await Users.AddAsync(Reader("alice"), Password, Ct);
        await Users.IssueTokenAsync("alice", cancellationToken: Ct);
        Assert.Null(await Users.AuthenticateTokenAsync(token, Ct));
    }

    [Fact]
    public async Task An_expired_token_authenticates_no_one()
    {
        await Users.AddAsync(Reader("alice"), Password, Ct);
        var token = await Users.IssueTokenAsync("alice", TimeSpan.FromHours(1), Ct);
        Assert.Equal(Clock.GetUtcNow().AddHours(1), token.ExpiresAt);
        Clock.Advance(TimeSpan.FromMinutes(59));
        Assert.NotNull(await Users.AuthenticateTokenAsync(token.Token, Ct));
        Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(await Users.AuthenticateTokenAsync(token.Token, Ct));
        await Assert.ThrowsAsync<ArchiveException>(() => Users.IssueTokenAsync("alice", TimeSpan.Zero, Ct));
    }

    // ---- audit log ----

    private AuditEvent Event(string user, AuditAction action, string target, int cables = 1) =>
        new(Clock.GetUtcNow(), user, action, target, cables, "cli");

    [Fact]
    public async Task Entries_are_numbered_chained_and_listed_newest_first()
    {
        var first = await Audit.AppendAsync(Event("alice", AuditAction.Read, "06ASTANA38"), Ct);
        Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await Audit.AppendAsync(Event("bob", AuditAction.Search, "tag:PREL", 20) with { Detail = "page 1", From = "10.0.0.7" }, Ct);
        Assert.Equal((1L, 2L), (first.Id, second.Id));
        Assert.Equal(AuditChain.Hash("", 1, first.Event), first.Hash);
        Assert.Equal(AuditChain.Hash(first.Hash, 2, second.Event), second.Hash);
        var all = await Audit.QueryAsync(new AuditQuery(), Ct);
        Assert.Equal([second, first], all);
        Assert.Equal(new AuditVerification(2, null), await Audit.VerifyAsync(Ct));
    }

    [Fact]
    public async Task Queries_filter_by_user_time_and_action_and_sums_count_cables()
    {
        var start = Clock.GetUtcNow();
        await Audit.AppendAsync(Event("alice", AuditAction.Read, "A"), Ct);
        await Audit.AppendAsync(Event("alice", AuditAction.Export, "tag:X", 7), Ct);
        Clock.Advance(TimeSpan.FromHours(1));
        await Audit.AppendAsync(Event("alice", AuditAction.Search, "x", 20), Ct);
        await Audit.AppendAsync(Event("alice", AuditAction.Read, "B"), Ct);
        await Audit.AppendAsync(Event("bob", AuditAction.Read, "C"), Ct);
        var later = Clock.GetUtcNow();

        Assert.Equal(["B", "x", "tag:X", "A"], (await Audit.QueryAsync(new AuditQuery(User: "alice"), Ct)).Select(e => e.Event.Target));
        Assert.Equal(["C", "B", "x"], (await Audit.QueryAsync(new AuditQuery(Since: later), Ct)).Select(e => e.Event.Target));
        Assert.Equal(["B", "A"], (await Audit.QueryAsync(new AuditQuery("alice", Actions: [AuditAction.Read]), Ct)).Select(e => e.Event.Target));
        Assert.Equal(["C", "B"], (await Audit.QueryAsync(new AuditQuery(Limit: 2), Ct)).Select(e => e.Event.Target));
        AuditAction[] counted = [AuditAction.Read, AuditAction.Export];
        Assert.Equal(9, await Audit.SumCablesAsync("alice", counted, start, Ct));
        Assert.Equal(1, await Audit.SumCablesAsync("alice", counted, later, Ct));
        Assert.Equal(0, await Audit.SumCablesAsync("carol", counted, start, Ct));
        Assert.Equal(0, await Audit.SumCablesAsync("alice", [], start, Ct));
    }

    [Fact]
    public async Task The_database_refuses_to_change_or_delete_entries()
    {
        await Audit.AppendAsync(Event("alice", AuditAction.Read, "A"), Ct);
        var update = await Assert.ThrowsAnyAsync<Exception>(() => ExecuteRawAsync("UPDATE audit_log SET cables = 0"));
        Assert.Contains("append-only", update.Message);
        var delete = await Assert.ThrowsAnyAsync<Exception>(() => ExecuteRawAsync("DELETE FROM audit_log"));
        Assert.Contains("append-only", delete.Message);
        Assert.Equal(1, await Audit.SumCablesAsync("alice", [AuditAction.Read], DateTimeOffset.MinValue, Ct));
    }

    [Fact]
    public async Task Verification_finds_the_first_entry_altered_behind_the_databases_back()
    {
        for (var i = 1; i <= 5; i++) await Audit.AppendAsync(Event("alice", AuditAction.Read, "C" + i), Ct);
        await ExecuteRawAsync(DropAuditTriggersSql);
        await ExecuteRawAsync("UPDATE audit_log SET cables = 0 WHERE id = 3");
        Assert.Equal(new AuditVerification(5, 3), await Audit.VerifyAsync(Ct));
    }

    [Fact]
    public async Task Verification_finds_a_deleted_entry_even_when_the_hashes_after_it_are_kept()
    {
        for (var i = 1; i <= 5; i++) await Audit.AppendAsync(Event("alice", AuditAction.Read, "C" + i), Ct);
        await ExecuteRawAsync(DropAuditTriggersSql);
        await ExecuteRawAsync("DELETE FROM audit_log WHERE id = 4");
        Assert.Equal(new AuditVerification(4, 5), await Audit.VerifyAsync(Ct));
        // Appending after tampering still chains to the last stored entry.
        await Audit.AppendAsync(Event("alice", AuditAction.Read, "C6"), Ct);
        Assert.Equal(new AuditVerification(5, 5), await Audit.VerifyAsync(Ct));
    }

    [Fact]
    public async Task Appends_from_many_tasks_form_one_unbroken_chain()
    {
        var returned = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() => Audit.AppendAsync(Event("u" + (i % 4), AuditAction.Read, "C" + i), Ct))));
        Assert.Equal(new AuditVerification(200, null), await Audit.VerifyAsync(Ct));
        var stored = await Audit.QueryAsync(new AuditQuery(), Ct);
        Assert.Equal(Enumerable.Range(1, 200).Select(i => (long)i).Reverse(), stored.Select(e => e.Id));
        // Each caller is told the entry that holds its own event, as stored.
        var byId = stored.ToDictionary(e => e.Id);
        Assert.All(returned, entry => Assert.Equal((byId[entry.Id].Event.Target, byId[entry.Id].Hash), (entry.Event.Target, entry.Hash)));
        Assert.Equal(200, returned.Select(e => e.Event.Target).Distinct().Count());
    }
}
