namespace Chancery.Cables.Tests.ReaderTests;

/// <summary>Cables written for these tests (invented text in the style of real ones).</summary>
internal static class OwnCables
{
    public const string RawTwoSectionFirst = """
        VZCZCVLO0412
        OO RUEHC RUEHRO RUEHFR RUEHLO RUEHBS RUEHNO RUEHTU
        RUEHAS
        DE RUEHVT #0412/01 1521430
        ZNY CCCCC ZZH
        O P 011430Z JUN 07
        FM AMEMBASSY VALLETTA
        TO RUEHC/SECSTATE WASHDC NIACT IMMEDIATE 1234
        INFO RUEHRO/AMEMBASSY ROME PRIORITY 0456
        RUEHFR/AMEMBASSY PARIS 0789
        RUCNMEM/EU MEMBER STATES COLLECTIVE
        XMT AMEMBASSY TUNIS
        BT
        C O N F I D E N T I A L SECTION 01 OF 02 VALLETTA 000412

        SIPDIS
        NOFORN

        STATE FOR EUR/WE AND PRM/ASA
        ROME PASS TO NAPLES

        E.O. 12958: DECL: 06/01/2017
        TAGS: PREL PREF SMIG MT, LY
        SUBJECT: (C) MALTA: MINISTER ASKS FOR HELP WITH MIGRANT
        ARRIVALS BEFORE SUMMER

        REF: A. VALLETTA 398 B. 06 STATE 12345 AND 12346
        C. EMAIL FROM DESK OF MAY 30

        Classified By: Ambassador Jane Q. Doe, reasons 1.4 (b) and (d)

        1. (C) SUMMARY: The Minister asked for help with boats arriving
        from Libya. END SUMMARY.

        2. (SBU) The Minister said that the centres are full and that the
        coming summer will be worse than the last, when more than two
        VALLETTA 00000412 002.2 OF 002
        thousand people landed.

        13. (C) He asked that the United States raise the question with
        the European Commission.
        BT
        #0412
        NNNN
        """;

    public const string RawTwoSectionSecond = """
        VZCZCVLO0413
        OO RUEHC
        DE RUEHVT #0412/02 1521430
        ZNY CCCCC ZZH
        O P 011430Z JUN 07
        FM AMEMBASSY VALLETTA
        TO RUEHC/SECSTATE WASHDC NIACT IMMEDIATE 1234
        BT
        C O N F I D E N T I A L SECTION 02 OF 02 VALLETTA 000412

        SIPDIS
        NOFORN

        6. (C) COMMENT: Malta will ask again. END COMMENT.
        DOE
        BT
        #0412
        NNNN
        """;

    public const string WebCopy = """
        This record is a partial extract of the original cable. The full text of the original cable is not available.

        UNCLAS SECTION 01 OF 01 REYKJAVIK 000077

        SIPDIS

        SENSITIVE

        E.O. 12958: N/A
        TAGS: [ECON](#) [EFIN](#) [IC](#)

        SUBJECT: ICELAND: BANKS PREPARE FOR A COLD WINTER REF: REYKJAVIK 70

        ¶1. (SBU) Summary: The banks are nervous. End Summary.

        ¶2. (U) Nothing more to say.

        SMITH
        """;
}
