namespace Chancery.Fuzz;

/// <summary>Runs saved inputs (crashes, hangs) once each outside afl-fuzz and prints what fails, with timings.</summary>
internal static class InputReplayer
{
    public static int Replay(IEnumerable<string> paths)
    {
        var failures = 0;
        foreach (var path in paths)
        {
            var bytes = File.ReadAllBytes(path);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            try
            {
                FuzzTarget.Run(bytes);
                Console.WriteLine($"ok    {clock.ElapsedMilliseconds,6} ms  {bytes.Length,8} B  {path}");
            }
            catch (Exception e)
            {
                failures++;
                Console.WriteLine($"FAIL  {clock.ElapsedMilliseconds,6} ms  {bytes.Length,8} B  {path}");
                Console.WriteLine(e);
            }
        }
        return failures == 0 ? 0 : 1;
    }
}
