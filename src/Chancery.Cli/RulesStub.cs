// TEMPORARY stand-in for Chancery.Cables.CableRules, written by another helper in parallel.
// The csproj drops this file from the build as soon as a CableRules.cs exists under src/Chancery.Cables;
// delete it once that has landed in main.
namespace Chancery.Cables;

/// <summary>Stand-in: finds nothing.</summary>
internal static class CableRules
{
    /// <summary>Stand-in for the rule checks: returns no findings.</summary>
    public static IReadOnlyList<Diagnostic> Check(Cable cable, string? text = null)
    {
        _ = cable;
        _ = text;
        return [];
    }
}
