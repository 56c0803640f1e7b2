namespace Chancery.Archive.Storage.Sqlite;

/// <summary>The principal's need-to-know as a SQL predicate over a cables alias, applied where rows are selected.</summary>
internal static class SqlitePolicy
{
    /// <summary>
    /// The predicate for <paramref name="principal"/> over alias <paramref name="alias"/>. Only integers computed here
    /// go into the SQL text, never user input.
    /// </summary>
    public static string Where(Principal principal, string alias = "c")
    {
        if (principal.SeesEverything) return "1";
        var clauses = new List<string> { $"{alias}.level <= {(int)principal.Clearance}" };
        if (!principal.NoForn) clauses.Add($"{alias}.noforn = 0");
        var missing = EffectiveMarking.MissingAccessMask(principal);
        if (missing != 0) clauses.Add($"({alias}.restricted & {missing}) = 0");
        return "(" + string.Join(" AND ", clauses) + ")";
    }
}
