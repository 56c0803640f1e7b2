using System.Collections.Concurrent;
using Chancery.Archive.Security;

namespace Chancery.Web.Security;

/// <summary>
/// Failed sign-ins per name, kept by the site for every name tried, existing or not: the archive locks real users after
/// repeated failures, and without this shadow count a name that never locks would give away that no such user exists.
/// </summary>
public sealed class LoginThrottle(TimeProvider time)
{
    /// <summary>Failures within <see cref="Window"/> after which a name is refused for <see cref="Window"/> (as the archive locks a user).</summary>
    public const int MaxFailures = UserRules.FailuresBeforeLockout;

    /// <summary>How long failures are remembered and a locked name stays locked.</summary>
    public static readonly TimeSpan Window = UserRules.LockoutDuration;

    /// <summary>Names remembered at most (the oldest are forgotten first), so a flood of made-up names costs bounded memory.</summary>
    public const int MaxNames = 10_000;

    private readonly ConcurrentDictionary<string, (int Failures, DateTimeOffset Last)> _names = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>When the name is locked by the site's own count, until when.</summary>
    public DateTimeOffset? LockedUntil(string name)
    {
        if (!_names.TryGetValue(name, out var entry)) return null;
        var until = entry.Last + Window;
        if (until <= time.GetUtcNow())
        {
            _names.TryRemove(name, out _);
            return null;
        }
        return entry.Failures >= MaxFailures ? until : null;
    }

    /// <summary>Counts a failure; returns when the name is locked as a result, or null.</summary>
    public DateTimeOffset? Fail(string name)
    {
        var now = time.GetUtcNow();
        if (_names.Count >= MaxNames) Prune(now);
        var entry = _names.AddOrUpdate(name, _ => (1, now), (_, old) => old.Last + Window <= now ? (1, now) : (old.Failures + 1, now));
        return entry.Failures >= MaxFailures ? now + Window : null;
    }

    /// <summary>Forgets a name after a successful sign-in.</summary>
    public void Succeed(string name) => _names.TryRemove(name, out _);

    private void Prune(DateTimeOffset now)
    {
        foreach (var (name, entry) in _names)
            if (entry.Last + Window <= now) _names.TryRemove(name, out _);
        if (_names.Count < MaxNames) return;
        foreach (var name in _names.OrderBy(p => p.Value.Last).Take(MaxNames / 4).Select(p => p.Key).ToList())
            _names.TryRemove(name, out _);
    }
}
