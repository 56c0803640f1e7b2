namespace Chancery.Cables.Rules;

/// <summary>Reads portion marks such as <c>SBU</c>, <c>C</c>, <c>S/NF</c>, <c>C//NF</c>, <c>S/REL TO USA, GBR</c>, <c>LOU</c>.</summary>
internal static class PortionMarks
{
    /// <summary>The level a portion mark states, or null when the mark is not a level.</summary>
    public static Classification? LevelOf(string? marking)
    {
        if (marking is null) return null;
        var span = marking.AsSpan().Trim().Trim("()");
        var slash = span.IndexOf('/');
        var level = (slash < 0 ? span : span[..slash]).Trim();
        return level switch
        {
            "U" or "SBU" or "FOUO" or "UNCLASSIFIED" or "UNCLAS" => Classification.Unclassified,
            "LOU" => Classification.LimitedOfficialUse,
            "C" or "CONFIDENTIAL" => Classification.Confidential,
            "S" or "SECRET" => Classification.Secret,
            "TS" or "TOP SECRET" => Classification.TopSecret,
            _ => null,
        };
    }
}
