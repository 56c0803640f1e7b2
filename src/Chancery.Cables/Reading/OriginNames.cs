using Chancery.Cables.Reading.Text;

namespace Chancery.Cables.Reading;

/// <summary>The originating station of a cable from its FM address, when the text has no message number line.</summary>
internal static class OriginNames
{
    private static readonly string[] Prefixes =
    [
        "AMEMBASSY ", "AMCONSUL ", "AMCONSULATE ", "USOFFICE ", "USMISSION ", "AMEMB ", "AMERICAN EMBASSY ",
        "US MISSION ", "USDEL ", "USLO ", "AMINTERESTS SECTION ", "USINT ",
    ];

    /// <summary>The canonical station for an originator address, e.g. <c>AMEMBASSY ABU DHABI</c> → <c>ABUDHABI</c>.</summary>
    public static string? FromAddress(string? address)
    {
        if (string.IsNullOrWhiteSpace(address)) return null;
        var a = Words.Collapse(address).ToUpperInvariant();
        if (a.StartsWith("SECSTATE") || a.StartsWith("SECRETARY OF STATE") || a == "STATE") return "STATE";
        foreach (var p in Prefixes)
        {
            if (!a.StartsWith(p)) continue;
            a = a[p.Length..];
            break;
        }
        var joined = a.Replace(" ", "").Replace(".", "");
        if (joined.Length == 0 || !Words.IsLetters(joined)) return null;
        return StationNames.Canonical(joined);
    }
}
