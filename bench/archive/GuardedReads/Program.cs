// What the audit log and the exfiltration guard add to a cable read, over an existing archive:
//   dotnet run -c Release --project bench/archive/GuardedReads -- sqlite FILE [READS]
//   dotnet run -c Release --project bench/archive/GuardedReads -- postgres CONNSTR [READS]
// Reads READS (default 2000) cables straight from the store, then the same through GuardedArchive as a user with no
// limits (every read audited, counted and reviewed for anomalies), then as the system caller (audited only); prints
// p50, p90, p99 per read. Adds a user 'bench-reader-N' and audit entries to the archive: use a copy.
using System.Diagnostics;
using Chancery.Archive;
using Chancery.Archive.Security;
using Chancery.Archive.Storage;
using Chancery.Cables;

if (args.Length is < 2 or > 3 || args[0] is not ("postgres" or "sqlite"))
{
    Console.Error.WriteLine("usage: GuardedReads sqlite|postgres FILE|CONNSTR [READS]");
    return 2;
}
var location = args[0] == "postgres" ? (ArchiveLocation)new ArchiveLocation.Postgres(args[1]) : new ArchiveLocation.Sqlite(args[1]);
var reads = args.Length == 3 ? int.Parse(args[2]) : 2000;
await using var store = await ArchiveStores.OpenAsync(location);
var ids = new List<string>();
await foreach (var cable in store.ExportAsync(null, Principal.Unrestricted))
{
    ids.Add(cable.ReferenceId);
    if (ids.Count == reads) break;
}
var name = "bench-reader-" + Environment.ProcessId;
await store.Users.AddAsync(new NewUser(name, Classification.TopSecret, true, Principal.RestrictedCaptions), "bench password");
var user = await store.Users.UpdateAsync(name, new UserChanges(ReadLimitPerHour: 0, ReadLimitPerDay: 0));
var guarded = new GuardedArchive(store, TimeProvider.System);
Console.WriteLine($"{store.Description}: {ids.Count} reads each; {Environment.ProcessorCount} cores, load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");

await Measure("store", id => store.GetCableAsync(id, Principal.Unrestricted));
await Measure("guarded user", id => guarded.GetCableAsync(id, new Caller(user, "bench")));
var quiet = new GuardedArchive(store, TimeProvider.System, new ExfiltrationGuardOptions(VolumeFloor: int.MaxValue, BreadthFloor: int.MaxValue));
var other = await store.Users.AddAsync(new NewUser(name + "-quiet", Classification.TopSecret, true, Principal.RestrictedCaptions), "bench password");
other = await store.Users.UpdateAsync(other.Name, new UserChanges(ReadLimitPerHour: 0, ReadLimitPerDay: 0));
await Measure("user, no review", id => quiet.GetCableAsync(id, new Caller(other, "bench")));
await Measure("guarded system", id => guarded.GetCableAsync(id, new Caller(null, "bench", "bench:system")));
return 0;

async Task Measure(string label, Func<string, Task<ArchivedCable?>> read)
{
    foreach (var id in ids.Take(50)) await read(id);
    var samples = new List<double>(ids.Count);
    foreach (var id in ids)
    {
        var clock = Stopwatch.StartNew();
        await read(id);
        samples.Add(clock.Elapsed.TotalMilliseconds);
    }
    samples.Sort();
    double P(double p) => samples[Math.Min(samples.Count - 1, (int)Math.Ceiling(p * samples.Count) - 1)];
    Console.WriteLine($"{label,-15} p50 {P(0.50):F2} ms  p90 {P(0.90):F2} ms  p99 {P(0.99):F2} ms");
}
