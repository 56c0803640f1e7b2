namespace Chancery.Tests.Shared;

/// <summary>
/// Finds the developer corpus: env <c>CHANCERY_CORPUS</c>, then <c>../shared/corpus</c> relative to the
/// repository root; tests that need it skip when neither exists.
/// </summary>
internal static class CorpusLocator
{
    public static string? Find()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("CHANCERY_CORPUS");
        if (!string.IsNullOrEmpty(fromEnvironment) && Directory.Exists(Path.Combine(fromEnvironment, "cables")))
            return fromEnvironment;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "Chancery.slnx"))) continue;
            var candidate = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus"));
            return Directory.Exists(Path.Combine(candidate, "cables")) ? candidate : null;
        }
        return null;
    }

    public static string RequireCorpus()
    {
        var corpus = Find();
        if (corpus is null) Assert.Skip("The corpus was not found (set CHANCERY_CORPUS or put it at ../shared/corpus); skipped.");
        return corpus;
    }
}
