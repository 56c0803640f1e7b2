using Chancery.Archive.Security;

namespace Chancery.Archive.Storage.Postgres;

/// <summary>
/// The principal's need-to-know as a SQL condition on a cable_views alias and its cables alias, the same rules as the
/// SQLite store: at most one view of a cable passes for a principal (see <see cref="ReleaseView"/>).
/// Only integers and the date computed here go into the SQL text, never user input.
/// </summary>
internal static class PostgresPolicy
{
    public static string Where(Principal principal, ReleaseRules rules, string view = "w", string cable = "c")
    {
        if (principal.SeesEverything) return $"{view}.is_full";
        var bit = ReaderTypes.BitOf(principal);
        var missing = EffectiveMarking.MissingAccessMask(principal);
        var restricted = missing != 0 ? $"({cable}.restricted & {missing}) = 0 AND " : "";
        var declassified = rules.Policy.AutoDeclassify
            ? $"({cable}.declassified OR coalesce({cable}.decl_date <= DATE '{rules.Today}', FALSE))"
            : $"{cable}.declassified";
        return rules.Policy.Mode == ReleaseMode.WholeCable
            ? $"({restricted}{view}.is_full AND (({view}.full_mask & {bit}) <> 0 OR {declassified}))"
            : $"({restricted}CASE WHEN {declassified} THEN {view}.is_full ELSE ({view}.mask & {bit}) <> 0 END)";
    }

    /// <summary>True when a view of cable alias <paramref name="cable"/> passes for the principal (for reference lists).</summary>
    public static string Visible(Principal principal, ReleaseRules rules, string cable) =>
        $"EXISTS (SELECT 1 FROM cable_views vv WHERE vv.cable_id = {cable}.id AND {Where(principal, rules, "vv", cable)})";
}
