using Chancery.Cables;

namespace Chancery.Archive.Synth;

/// <summary>Collectives and Washington agencies that cables are copied to, with routing indicators from the station directory's tables.</summary>
internal static class Addressing
{
    /// <summary>Collectives by the bureau whose cables they are copied on.</summary>
    public static readonly (string Bureau, string Ri, string Address)[] Collectives =
    [
        ("EUR", "RUCNMEM", "EU MEMBER STATES COLLECTIVE"),
        ("EUR", "RUCNOSC", "ORG FOR SECURITY CO OP IN EUR COLLECTIVE"),
        ("EUR", "RUCNCIS", "CIS COLLECTIVE"),
        ("SCA", "RUCNCIS", "CIS COLLECTIVE"),
        ("SCA", "RUCNCLS", "ALL SOUTH AND CENTRAL ASIA COLLECTIVE"),
        ("SCA", "RUCNAFG", "AFGHANISTAN COLLECTIVE"),
        ("NEA", "RUEHEE", "ARAB LEAGUE COLLECTIVE"),
        ("NEA", "RUCNIRA", "IRAN COLLECTIVE"),
        ("NEA", "RUCNRAQ", "IRAQ COLLECTIVE"),
        ("NEA", "RUCNMGH", "MAGHREB COLLECTIVE"),
        ("EAP", "RUCNASE", "ASEAN MEMBER COLLECTIVE"),
        ("EAP", "RUEHOO", "CHINA POSTS COLLECTIVE"),
        ("EAP", "RUCNARF", "ASEAN REGIONAL FORUM COLLECTIVE"),
        ("AF", "RUCNIAD", "IGAD COLLECTIVE"),
        ("AF", "RUCNSAD", "SOUTHERN AF DEVELOPMENT COMMUNITY COLLECTIVE"),
        ("AF", "RUCNFUR", "DARFUR COLLECTIVE"),
        ("WHA", "RUCNMER", "MERCOSUR COLLECTIVE"),
        ("IO", "RUEHGG", "UN SECURITY COUNCIL COLLECTIVE"),
    ];

    /// <summary>Washington agencies, by the topic that brings them in.</summary>
    public static readonly (string Topic, string Ri, string Address)[] Agencies =
    [
        ("political", "RHEHNSC", "NSC WASHDC"),
        ("security", "RUEKJCS", "SECDEF WASHDC"),
        ("security", "RUEAIIA", "CIA WASHDC"),
        ("security", "RHEFDIA", "DIA WASHDC"),
        ("security", "RUEKJCS", "JOINT STAFF WASHDC"),
        ("economic", "RUEATRS", "DEPT OF TREASURY WASHDC"),
        ("economic", "RUCPDOC", "USDOC WASHDC"),
        ("energy", "RHEBAAA", "DEPT OF ENERGY WASHDC"),
        ("crime", "RUEAWJA", "DEPT OF JUSTICE WASHDC"),
        ("crime", "RUCNFB", "FBI WASHDC"),
    ];

    /// <summary>The Department's address.</summary>
    public static readonly Addressee Department = new("RUEHC", "SECSTATE WASHDC");
}
