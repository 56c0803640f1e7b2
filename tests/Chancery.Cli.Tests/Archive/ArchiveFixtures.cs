namespace Chancery.Cli.Tests.Archive;

/// <summary>Three cables written for the archive tests (not corpus text): B cites A and a cable not in the archive; C cites B.</summary>
internal static class ArchiveFixtures
{
    /// <summary>07REYKJAVIK101, unclassified, TAGS PREL IC; its subject has brackets (Spectre markup must be escaped).</summary>
    public const string A = """
        VZCZCXYZ0001
        RR RUEHC
        DE RUEHRK #0101 0321200
        ZNR UUUUU ZZH
        R 011200Z FEB 07
        FM AMEMBASSY REYKJAVIK
        TO RUEHC/SECSTATE WASHDC 0101
        BT
        UNCLAS REYKJAVIK 000101

        E.O. 12958: N/A
        TAGS: PREL IC
        SUBJECT: ICELAND: [DRAFT] FISHERIES, QUOTAS DEBATED

        1. THE ALTHING OPENED ITS DEBATE ON FISHERIES QUOTAS [AND
        PIPELINE FEES] THIS WEEK.
        BT
        #0101
        NNNN
        """;

    /// <summary>07REYKJAVIK102, CONFIDENTIAL, SIPDIS; REF A. REYKJAVIK 101 (stored) and B. STATE 12345 (dangling).</summary>
    public const string B = """
        VZCZCXYZ0002
        PP RUEHC
        DE RUEHRK #0102 0331500
        ZNY CCCCC ZZH
        P 021500Z FEB 07
        FM AMEMBASSY REYKJAVIK
        TO RUEHC/SECSTATE WASHDC PRIORITY 0102
        INFO RUEHNY/AMEMBASSY OSLO 0044
        BT
        C O N F I D E N T I A L REYKJAVIK 000102

        SIPDIS

        E.O. 12958: DECL: 02/02/2017
        TAGS: PREL ENRG IC
        SUBJECT: ICELAND: GEOTHERMAL PIPELINE TALKS RESUME

        REF: A. REYKJAVIK 101
             B. STATE 12345

        Classified By: Ambassador Jane Roe for reasons 1.4 (b) and (d)

        1. (C) Officials told us the geothermal pipeline talks with Norway
        will resume next month.

        2. (U) Comment: the pipeline matters to both capitals.
        ROE
        BT
        #0102
        NNNN
        """;

    /// <summary>07OSLO55, SECRET NOFORN; REF REYKJAVIK 102.</summary>
    public const string C = """
        VZCZCXYZ0003
        RR RUEHC
        DE RUEHNY #0055 0351000
        ZNY SSSSS ZZH
        R 041000Z FEB 07
        FM AMEMBASSY OSLO
        TO RUEHC/SECSTATE WASHDC 0055
        INFO RUEHRK/AMEMBASSY REYKJAVIK 0012
        BT
        S E C R E T OSLO 000055

        NOFORN

        E.O. 12958: DECL: 02/04/2017
        TAGS: ECON ENRG NO IC
        SUBJECT: NORWAY: VIEWS ON THE ICELAND PIPELINE

        REF: REYKJAVIK 102

        Classified By: DCM John Doe for reasons 1.4 (b)

        1. (S/NF) Norwegian officials see the pipeline as a regional
        priority and will fund a study.
        DOE
        BT
        #0055
        NNNN
        """;

    /// <summary><see cref="A"/> with its paragraph changed: a new version of 07REYKJAVIK101.</summary>
    public static string AChanged => A.Replace("THIS WEEK.", "THIS WEEK AND WILL VOTE ON MONDAY.", StringComparison.Ordinal);
}
