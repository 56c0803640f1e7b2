using Chancery.Cables;

namespace Chancery.Web.Rendering;

/// <summary>
/// Colours and words of classification levels after the US banner conventions: green UNCLASSIFIED, blue CONFIDENTIAL,
/// red SECRET, orange TOP SECRET (CSS classes <c>cl-u</c>, <c>cl-c</c>, <c>cl-s</c>, <c>cl-ts</c>; <c>cl-x</c> when unknown).
/// </summary>
internal static class ClassificationStyle
{
    public static string CssClass(Classification? level) => level switch
    {
        Classification.Unclassified or Classification.LimitedOfficialUse => "cl-u",
        Classification.Confidential => "cl-c",
        Classification.Secret => "cl-s",
        Classification.TopSecret => "cl-ts",
        _ => "cl-x",
    };

    public static string CssClass(string? canonicalName) =>
        CssClass(canonicalName is null ? null : Names.ParseClassification(canonicalName));

    public static string Name(Classification? level) => level is { } l && Enum.IsDefined(l) ? Names.Of(l) : "CLASSIFICATION NOT STATED";

    /// <summary>The short portion-mark letters of a level (U, LOU, C, S, TS).</summary>
    public static string Short(Classification? level) => level switch
    {
        Classification.Unclassified => "U",
        Classification.LimitedOfficialUse => "LOU",
        Classification.Confidential => "C",
        Classification.Secret => "S",
        Classification.TopSecret => "TS",
        _ => "?",
    };

    /// <summary>The banner line: the level and its dissemination captions, e.g. <c>SECRET//NOFORN</c>.</summary>
    public static string Banner(Classification? level, IEnumerable<string> captions)
    {
        var dissemination = captions.Where(c => c is "NOFORN" or "NODIS" or "EXDIS" or "LIMDIS" or "STADIS" or "ORCON" or "REL TO").ToList();
        var name = Name(level);
        return dissemination.Count == 0 ? name : name + "//" + string.Join('/', dissemination);
    }

    /// <summary>The level a portion mark stands for (<c>S/NF</c> is SECRET, <c>SBU</c> UNCLASSIFIED), or null.</summary>
    public static Classification? OfPortionMark(string? mark)
    {
        if (string.IsNullOrWhiteSpace(mark)) return null;
        var head = mark.Trim().ToUpperInvariant().Split('/', ' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        return head switch
        {
            "U" or "SBU" or "UNCLASSIFIED" or "FOUO" => Classification.Unclassified,
            "LOU" => Classification.LimitedOfficialUse,
            "C" or "CONFIDENTIAL" => Classification.Confidential,
            "S" or "SECRET" => Classification.Secret,
            "TS" => Classification.TopSecret,
            _ => null,
        };
    }
}
