using Chancery.Cables;

namespace Chancery.Relay.Tests.Support;

/// <summary>Cables written for these tests, addressed like the seed cable (Astana to Washington, Almaty, Kabul, the CIS collective...).</summary>
internal static class TestCables
{
    public static Cable SeedLike(int serial = 38, Precedence precedence = Precedence.Priority, int paragraphs = 3) => new()
    {
        ReferenceId = $"06ASTANA{serial}",
        Origin = "ASTANA",
        Serial = serial,
        Created = new DateTime(2006, 4, 24, 3, 36, 0, DateTimeKind.Utc),
        Precedence = precedence,
        Classification = Classification.Unclassified,
        From = new Addressee(null, "USOFFICE ASTANA"),
        To = [new Addressee("RUEHC", "SECSTATE WASHDC", precedence, false, 116)],
        Info =
        [
            new Addressee("RUEHTA", "AMEMBASSY ALMATY", precedence, false, 108),
            new Addressee("RUCNCIS", "CIS COLLECTIVE"),
            new Addressee("RUEHBUL", "AMEMBASSY KABUL", null, false, 24),
            new Addressee("RUEHVEN", "USMISSION USOSCE", null, false, 48),
            new Addressee("RUCPDO", "DEPT OF COMMERCE WASHINGTON DC"),
            new Addressee("RUEHAST", "USOFFICE ASTANA", null, false, 118),
        ],
        Tags = ["PGOV", "KZ"],
        Subject = $"KAZAKHSTAN: TEST MESSAGE NUMBER {serial}",
        Paragraphs = [.. Enumerable.Range(1, paragraphs).Select(i => new Paragraph(i, "SBU", $"THE MINISTER SAID IN MEETING {serial} THAT POINT {i} STANDS."))],
        Body = "",
    };

    /// <summary>A short cable from <paramref name="origin"/> to the given indicators (first one action, the rest info).</summary>
    public static Cable Simple(string origin, int serial, Precedence precedence, params string[] to) => new()
    {
        ReferenceId = $"26{origin}{serial}",
        Origin = origin,
        Serial = serial,
        Created = new DateTime(2026, 11, 28, 12, 0, 0, DateTimeKind.Utc),
        Precedence = precedence,
        Classification = Classification.Unclassified,
        From = new Addressee(null, "AMEMBASSY " + origin),
        To = [new Addressee(to[0], "STATION " + to[0])],
        Info = [.. to.Skip(1).Select(ri => new Addressee(ri, "STATION " + ri))],
        Subject = $"TEST {serial}",
        Paragraphs = [new Paragraph(1, "U", $"MESSAGE {serial} FROM {origin}.")],
        Body = "",
    };

    public static string Text(Cable cable) => new CableWriter().Write(cable);
}
