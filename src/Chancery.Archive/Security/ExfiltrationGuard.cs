using System.Globalization;
using System.Text.RegularExpressions;

namespace Chancery.Archive.Security;

/// <summary>
/// Keeps one reader from pulling the archive out: counts what each user read and exported from the audit log (so the
/// count survives restarts and is shared by every process using the archive) and refuses a read that would take them
/// over their <see cref="UserAccount.ReadLimitPerHour"/> or <see cref="UserAccount.ReadLimitPerDay"/> (sliding windows
/// of the last hour and the last 24 hours; 0 = unlimited). A refusal is audited as <see cref="AuditAction.Denied"/>
/// with its reason, and the first refusal in a window also as an <see cref="AuditAction.Alert"/> for administrators.
/// <para>
/// Besides the limits it watches for reading that departs strongly from the user's own history, and raises an alert
/// (without refusing anything):
/// </para>
/// <list type="bullet">
/// <item><b>volume</b>: cables read and exported in the last hour above
/// max(<see cref="ExfiltrationGuardOptions.VolumeFloor"/>, factor x their usual hourly rate), where the usual rate is what
/// they read over the previous <see cref="ExfiltrationGuardOptions.HistoryDays"/> days spread over
/// <see cref="ExfiltrationGuardOptions.WorkingHoursPerDay"/> working hours a day (night hours would otherwise dilute the
/// baseline of anyone who reads by day);</item>
/// <item><b>breadth</b>: distinct originating posts among the cables read in the last hour above
/// max(<see cref="ExfiltrationGuardOptions.BreadthFloor"/>, factor x the distinct posts they usually touch in a whole
/// active day). Someone who follows a few posts and suddenly reads across dozens in an hour is harvesting, not working.
/// The post is taken from the reference id (06ASTANA38: ASTANA), which the audit log already holds.</item>
/// </list>
/// <para>
/// Each kind of alert is raised at most once an hour per user. The floors keep a new user without history, and any
/// normal reader, from ever being flagged; the breadth check reads the user's history only once the hour's reads pass its floor, and at most every few minutes.
/// Time comes from the <see cref="TimeProvider"/>.
/// </para>
/// </summary>
public sealed partial class ExfiltrationGuard(IAuditLog audit, TimeProvider time, ExfiltrationGuardOptions? options = null)
{
    /// <summary>The audited actions whose <see cref="AuditEvent.Cables"/> count against the limits.</summary>
    public static IReadOnlyList<AuditAction> CountedActions { get; } = [AuditAction.Read, AuditAction.Export];

    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    private const string HourlyLimitAlert = "hourly limit";
    private const string DailyLimitAlert = "daily limit";
    private const string VolumeAlert = "unusual volume";
    private const string BreadthAlert = "unusual breadth";

    private readonly ExfiltrationGuardOptions _options = options ?? ExfiltrationGuardOptions.Default;

    // When each user's breadth was last measured: the 14-day history is read at most every few minutes per user.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, DateTimeOffset> _breadthMeasured = new(StringComparer.Ordinal);
    private static readonly TimeSpan BreadthInterval = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Whether <paramref name="caller"/> may read <paramref name="cables"/> more cables now. A refusal is audited
    /// (Denied, and an Alert once per window) before it is returned. The system caller (no user) is never limited.
    /// </summary>
    public async Task<GuardDecision> CheckAsync(Caller caller, int cables, string target, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.User is not { } user) return GuardDecision.Allow;
        if (user.Disabled) return await RefuseAsync(caller, target, $"user '{user.Name}' is disabled", null, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        foreach (var (limit, window, alert, per) in Windows(user))
        {
            var used = await audit.SumCablesAsync(user.Name, CountedActions, now - window, cancellationToken).ConfigureAwait(false);
            if (used + cables <= limit) continue;
            var resumes = await ResumesAtAsync(user.Name, now, window, limit, used + cables - limit, cancellationToken).ConfigureAwait(false);
            var when = window == Hour ? resumes.ToString("HH:mm", CultureInfo.InvariantCulture) : resumes.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            var cablesPer = $"{limit} {(limit == 1 ? "cable" : "cables")} per {per}";
            var message = $"read limit reached: {cablesPer} for '{user.Name}' ({used} read in the last {per}); reading resumes at {when} UTC";
            var alertDetail = $"{alert}: '{user.Name}' reached {cablesPer}; further reads refused until {when} UTC";
            return await RefuseAsync(caller, target, message, (alert, window, alertDetail), cancellationToken).ConfigureAwait(false);
        }
        return GuardDecision.Allow;
    }

    /// <summary>How many more cables <paramref name="caller"/> may read now (<see cref="long.MaxValue"/> when unlimited).</summary>
    public async Task<long> AllowanceAsync(Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.User is not { } user) return long.MaxValue;
        if (user.Disabled) return 0;
        var now = time.GetUtcNow();
        var allowance = long.MaxValue;
        foreach (var (limit, window, _, _) in Windows(user))
        {
            var used = await audit.SumCablesAsync(user.Name, CountedActions, now - window, cancellationToken).ConfigureAwait(false);
            allowance = Math.Min(allowance, Math.Max(0, limit - used));
        }
        return allowance;
    }

    /// <summary>
    /// Looks at the user's reading after a read or export and audits an Alert when it departs strongly from their own
    /// history (see the class summary). Never refuses. Returns the alerts raised.
    /// </summary>
    public async Task<IReadOnlyList<string>> ReviewAsync(Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.User is not { } user) return [];
        var now = time.GetUtcNow();
        var raised = new List<string>();
        var lastHour = await audit.SumCablesAsync(user.Name, CountedActions, now - Hour, cancellationToken).ConfigureAwait(false);
        if (lastHour <= Math.Min(_options.VolumeFloor, _options.BreadthFloor)) return raised;
        var historyStart = now - TimeSpan.FromDays(_options.HistoryDays);
        if (lastHour > _options.VolumeFloor && !await AlertedAsync(user.Name, VolumeAlert, now - Hour, cancellationToken).ConfigureAwait(false))
        {
            var before = await audit.SumCablesAsync(user.Name, CountedActions, historyStart, cancellationToken).ConfigureAwait(false) - lastHour;
            var usual = (double)before / (_options.HistoryDays * _options.WorkingHoursPerDay);
            var threshold = Math.Max(_options.VolumeFloor, _options.AnomalyFactor * usual);
            if (lastHour > threshold)
            {
                var detail = $"{VolumeAlert}: '{user.Name}' read {lastHour} cables in the last hour; usual is about {usual:0.#} an hour";
                await AlertAsync(caller, detail, cancellationToken).ConfigureAwait(false);
                raised.Add(detail);
            }
        }
        if (lastHour > _options.BreadthFloor && !await AlertedAsync(user.Name, BreadthAlert, now - Hour, cancellationToken).ConfigureAwait(false))
        {
            var recent = await audit.QueryAsync(new AuditQuery(user.Name, now - Hour, [AuditAction.Read], Limit: 100_000), cancellationToken).ConfigureAwait(false);
            var posts = recent.Select(e => Post(e.Event.Target)).OfType<string>().ToHashSet(StringComparer.Ordinal);
            if (posts.Count > _options.BreadthFloor
                && !(_breadthMeasured.TryGetValue(user.Name, out var measured) && now - measured < BreadthInterval))
            {
                _breadthMeasured[user.Name] = now;
                var history = await audit.QueryAsync(new AuditQuery(user.Name, historyStart, [AuditAction.Read], Limit: 1_000_000), cancellationToken).ConfigureAwait(false);
                var perDay = history.Where(e => e.Event.At < now - Hour)
                    .Select(e => (Day: e.Event.At.UtcDateTime.Date, Post: Post(e.Event.Target)))
                    .Where(p => p.Post is not null)
                    .Distinct()
                    .GroupBy(p => p.Day)
                    .Select(g => g.Count())
                    .DefaultIfEmpty(0)
                    .Average();
                var threshold = Math.Max(_options.BreadthFloor, _options.AnomalyFactor * perDay);
                if (posts.Count > threshold)
                {
                    var detail = $"{BreadthAlert}: '{user.Name}' read cables from {posts.Count} posts in the last hour; usual is about {perDay:0.#} posts a day";
                    await AlertAsync(caller, detail, cancellationToken).ConfigureAwait(false);
                    raised.Add(detail);
                }
            }
        }
        return raised;
    }

    /// <summary>The originating post of a reference id (<c>06ASTANA38</c>: <c>ASTANA</c>), or null when it has no such shape.</summary>
    public static string? Post(string referenceId) =>
        PostPattern().Match(referenceId) is { Success: true } match ? match.Groups[1].Value : null;

    private IEnumerable<(int Limit, TimeSpan Window, string Alert, string Per)> Windows(UserAccount user)
    {
        if (user.ReadLimitPerHour > 0) yield return (user.ReadLimitPerHour, Hour, HourlyLimitAlert, "hour");
        if (user.ReadLimitPerDay > 0) yield return (user.ReadLimitPerDay, Day, DailyLimitAlert, "day");
    }

    /// <summary>When enough of the window's reads will have aged out for <paramref name="excess"/> more to fit.</summary>
    private async Task<DateTimeOffset> ResumesAtAsync(string user, DateTimeOffset now, TimeSpan window, int limit, long excess, CancellationToken cancellationToken)
    {
        var entries = await audit.QueryAsync(new AuditQuery(user, now - window, CountedActions, Limit: Math.Max(1000, limit * 4)), cancellationToken).ConfigureAwait(false);
        long freed = 0;
        foreach (var entry in entries.Reverse())
        {
            freed += entry.Event.Cables;
            // The entry leaves the window (at >= now - window) one millisecond after it is a window old.
            if (freed >= excess) return entry.Event.At + window + TimeSpan.FromMilliseconds(1);
        }
        return now + window;
    }

    private async Task<GuardDecision> RefuseAsync(Caller caller, string target, string message,
        (string Kind, TimeSpan Window, string Detail)? alert, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await audit.AppendAsync(new AuditEvent(now, caller.AuditName, AuditAction.Denied, target, 0, caller.From, message), cancellationToken).ConfigureAwait(false);
        if (alert is { } a && !await AlertedAsync(caller.AuditName, a.Kind, now - a.Window, cancellationToken).ConfigureAwait(false))
            await AlertAsync(caller, a.Detail, cancellationToken).ConfigureAwait(false);
        return new GuardDecision(false, message);
    }

    private Task AlertAsync(Caller caller, string detail, CancellationToken cancellationToken) =>
        audit.AppendAsync(new AuditEvent(time.GetUtcNow(), caller.AuditName, AuditAction.Alert, caller.AuditName, 0, caller.From, detail), cancellationToken);

    private async Task<bool> AlertedAsync(string user, string kind, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var alerts = await audit.QueryAsync(new AuditQuery(user, since, [AuditAction.Alert], Limit: 1000), cancellationToken).ConfigureAwait(false);
        return alerts.Any(e => e.Event.Detail?.StartsWith(kind + ":", StringComparison.Ordinal) == true);
    }

    [GeneratedRegex("^[0-9]{2}([A-Z]+)[0-9]+$")]
    private static partial Regex PostPattern();
}
