namespace Chancery.Cables.Tests.Robustness;

/// <summary>
/// Well-formed cables written for these tests (not from any corpus): a raw two-page transmission with every
/// heading and text part, and the same kind of cable as a web page, to cut and stretch.
/// </summary>
internal static class RobustnessCables
{
    public const string Raw = """
        VZCZCXRO0733
        OO RUEHC RUEHRH
        DE RUEHVL #0733/01 2051410
        ZNY SSSSS ZZH
        O 241410Z JUL 08
        FM AMEMBASSY VILNIUS
        TO RUEHC/SECSTATE WASHDC IMMEDIATE 2740
        INFO RUEHRH/AMEMBASSY RIGA PRIORITY 0311
        RUEHTL/AMEMBASSY TALLINN 0298
        BT
        S E C R E T SECTION 01 OF 02 VILNIUS 000733

        NOFORN
        SIPDIS

        STATE FOR EUR/NB (J. EXAMPLE)

        E.O. 12958: DECL: 07/24/2018
        TAGS: PREL PGOV ENRG LH
        SUBJECT: LITHUANIA: (S/NF) POWER LINK TALKS STALL
        OVER PRICING

        REF: A. VILNIUS 701 B. STATE 77001

        Classified By: Ambassador B. Example for reasons 1.4 (b) and (d)

        1. (S/NF) Summary: Talks on the power link stalled on July 22 over
        the price of transit. End Summary.

        2. (C) The energy ministry said the regional partners would meet
        again in September (Ref A).

        VILNIUS 00000733 002 OF 002

        ¶3. (U) Comment: A delay of one season is likely. End Comment.

        EXAMPLE
        BT
        #0733
        NNNN
        """;

    public const string Html = """
        <html><head><title>Cable 08RIGA455</title></head><body>
        <table><tr><td>Reference ID</td><td>08RIGA455</td></tr></table>
        <pre>
        UNCLAS SECTION 01 OF 01 RIGA 000455

        SENSITIVE
        SIPDIS

        E.O. 12958: N/A
        TAGS: ECON EFIN LG
        SUBJECT: LATVIA: BANKS &quot;TIGHTEN&quot; LENDING &amp; RAISE RATES

        &para;1. (SBU) Summary: Lenders raised rates again this week. End Summary.

        &#182;2. (SBU) The central bank expects slower growth.

        EXAMPLE
        </pre>
        </body></html>
        """;
}
