using Chancery.Archive.Security;

namespace Chancery.Archive.Storage.Sqlite;

/// <summary>
/// The principal's need-to-know as a SQL predicate over a views alias and its cables alias, applied where rows are
/// selected: at most one view of a cable passes for a principal (see <see cref="ReleaseView"/>).
/// </summary>
internal static class SqlitePolicy
{
    /// <summary>
    /// The predicate for <paramref name="principal"/> under <paramref name="rules"/>. Only integers and the date
    /// computed here go into the SQL text, never user input.
    /// </summary>
    public static string Where(Principal principal, ReleaseRules rules, string view = "w", string cable = "c")
    {
        if (principal.SeesEverything) return $"{view}.is_full = 1";
        var bit = ReaderTypes.BitOf(principal);
        var missing = EffectiveMarking.MissingAccessMask(principal);
        var restricted = missing != 0 ? $"({cable}.restricted & {missing}) = 0 AND " : "";
        var declassified = rules.Policy.AutoDeclassify
            ? $"({cable}.declassified <> 0 OR coalesce({cable}.decl_date <= '{rules.Today}', 0))"
            : $"({cable}.declassified <> 0)";
        return rules.Policy.Mode == ReleaseMode.WholeCable
            ? $"({restricted}{view}.is_full = 1 AND (({view}.full_mask & {bit}) <> 0 OR {declassified}))"
            : $"({restricted}CASE WHEN {declassified} THEN {view}.is_full = 1 ELSE ({view}.mask & {bit}) <> 0 END)";
    }

    /// <summary>True when a view of cable alias <paramref name="cable"/> passes for the principal (for reference lists).</summary>
    public static string Visible(Principal principal, ReleaseRules rules, string cable) =>
        $"EXISTS (SELECT 1 FROM views vv WHERE vv.cable_id = {cable}.id AND {Where(principal, rules, "vv", cable)})";
}
