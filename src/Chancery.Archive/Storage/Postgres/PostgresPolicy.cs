namespace Chancery.Archive.Storage.Postgres;

/// <summary>
/// The principal's need-to-know as a SQL condition on a cables alias, the same rules as the SQLite store
/// (<see cref="EffectiveMarking"/>). Only integers computed here go into the SQL text, never user input.
/// </summary>
internal static class PostgresPolicy
{
    public static string Where(Principal principal, string alias = "c")
    {
        if (principal.SeesEverything) return "TRUE";
        var clauses = new List<string> { $"{alias}.level <= {(int)principal.Clearance}" };
        if (!principal.NoForn) clauses.Add($"NOT {alias}.noforn");
        var missing = EffectiveMarking.MissingAccessMask(principal);
        if (missing != 0) clauses.Add($"({alias}.restricted & {missing}) = 0");
        return "(" + string.Join(" AND ", clauses) + ")";
    }
}
