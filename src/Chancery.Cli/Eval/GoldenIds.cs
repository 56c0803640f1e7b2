using System.Text.RegularExpressions;

namespace Chancery.Cli.Eval;

/// <summary>
/// Reference ids as the golden data spells them. Some published ids are malformed (corpus README point 7):
/// a doubled year (<c>7575LIBREVILLE1895</c>) or caption and section words run into the station
/// (<c>08EFTOLONDON2883</c>, <c>08ECTION01OF02MANAMA492</c>); the canonical id is what the text says, so those
/// are repaired before comparing (<c>75LIBREVILLE1895</c>, <c>08LONDON2883</c>, <c>08MANAMA492</c>).
/// </summary>
internal static partial class GoldenIds
{
    [GeneratedRegex(@"^(?<year>\d\d)(?:\k<year>)?(?:S?E?C?TION\d\d[A-Z]F\d\d|EFTO|NOFORN|SIPDIS)?(?<station>[A-Z]+?)(?<serial>\d+)$")]
    private static partial Regex Malformed();

    [GeneratedRegex(@"^\d\d(?<station>[A-Z]+)\d+$")]
    private static partial Regex WellFormed();

    /// <summary>The id with the known kinds of damage undone; unchanged when it is well formed or beyond repair.</summary>
    public static string Repair(string id)
    {
        var m = Malformed().Match(id);
        return m.Success ? m.Groups["year"].Value + m.Groups["station"].Value + m.Groups["serial"].Value : id;
    }

    /// <summary>The station part of a (repaired) id, e.g. <c>ASTANA</c> for <c>06ASTANA38</c>, or null.</summary>
    public static string? Station(string id)
    {
        var m = WellFormed().Match(Repair(id));
        return m.Success ? m.Groups["station"].Value : null;
    }
}
