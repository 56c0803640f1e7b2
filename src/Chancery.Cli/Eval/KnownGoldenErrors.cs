namespace Chancery.Cli.Eval;

/// <summary>A golden answer that was checked by hand against the cable text and found wrong.</summary>
/// <param name="File">The cable's file name in <c>cables/</c>, e.g. <c>06ASTANA38.txt</c>.</param>
/// <param name="Field">The field (one of <see cref="EvalFields.All"/>).</param>
/// <param name="Reason">What the text says instead, in one sentence.</param>
internal sealed record KnownGoldenError(string File, string Field, string Reason);

/// <summary>
/// Golden answers known to be wrong. Add an entry only after reading the cable text by hand; such cases are
/// counted in their own column of the eval table, never as failures or passes.
/// </summary>
internal static class KnownGoldenErrors
{
    public static readonly IReadOnlyList<KnownGoldenError> All =
    [
    ];

    private static readonly Dictionary<(string, string), KnownGoldenError> ByFileAndField =
        All.ToDictionary(e => (e.File, e.Field));

    public static KnownGoldenError? Find(string file, string field) => ByFileAndField.GetValueOrDefault((file, field));
}
