using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Chancery.Cables.Tests.Robustness;

/// <summary>Random text and bytes never make the reader fail, and what it reads can always be written back.</summary>
public sealed class RandomInputTests
{
    // Pieces of real cable structure, so random inputs reach the heading, text header and body parsers
    // instead of stopping at the first line.
    private static readonly string[] CablePieces =
    [
        "VZCZCXRO0001", "PP RUEHC RUEHRH", "DE RUEHVL #0733/01 2051410", "ZNY SSSSS ZZH", "O 241410Z JUL 08",
        "FM AMEMBASSY VILNIUS", "TO RUEHC/SECSTATE WASHDC IMMEDIATE 2740", "INFO", "RUEHRH/AMEMBASSY RIGA 0311",
        "BT", "#0733", "NNNN", "S E C R E T", "CONFIDENTIAL", "UNCLAS", "SECTION 01 OF 02", "SECTION 2 OF 1",
        "VILNIUS 000733", "VILNIUS 00000733 002 OF 002", "NOFORN", "SIPDIS", "STATE FOR EUR/NB", "E.O. 12958:",
        "DECL: 07/24/2018", "DECL: 99/99/9999", "TAGS:", "PREL LH", "SUBJECT:", "REF:", "A.", "B. STATE 77001",
        "Classified By:", "reasons 1.4 (b) and (d)", "1.", "2.", "12.", "¶3.", "(S/NF)", "(C)", "(", ")", "Summary:",
        "End Summary.", "EXAMPLE", "<pre>", "</pre>", "&para;", "&#182;", "&", "<", "-----", "Reference ID", "Created:",
        "\t", " ", "  ", "", "\r", "\u00A0", "\u0000", "\u001B", "\uFEFF", "\uD800", "é", "…",
    ];

    private static Arbitrary<string> CableLikeText() =>
        Gen.OneOf(
                Gen.Elements(CablePieces),
                ArbMap.Default.GeneratorFor<string>().Where(s => s is not null))
            .ListOf()
            .SelectMany(pieces => Gen.Elements("\n", " ", "\r\n", "").ListOf(pieces.Count).Select(seps => (pieces, seps)))
            .Select(p => string.Concat(p.pieces.Zip(p.seps, (piece, sep) => piece + sep)))
            .ToArbitrary();

    [Property(MaxTest = 300)]
    public bool Random_strings_read_without_failure(string? text) => ReaderChecks.ReadsWithoutFailure(text);

    [Property(MaxTest = 200)]
    public bool Random_bytes_read_as_UTF8_without_failure(byte[] bytes) =>
        ReaderChecks.ReadsWithoutFailure(Encoding.UTF8.GetString(bytes));

    [Property(MaxTest = 200)]
    public bool Random_bytes_read_as_Latin1_without_failure(byte[] bytes) =>
        ReaderChecks.ReadsWithoutFailure(Encoding.Latin1.GetString(bytes));

    [Property(MaxTest = 400)]
    public Property Random_cable_like_text_reads_without_failure() =>
        Prop.ForAll(CableLikeText(), ReaderChecks.ReadsWithoutFailure);

    // The writer promises never to throw for a cable; what the reader makes of junk is the likeliest to test that.
    [Property(MaxTest = 200)]
    public Property Whatever_the_reader_reads_can_be_written() =>
        Prop.ForAll(CableLikeText(), text =>
        {
            var writer = new CableWriter();
            foreach (var cable in new CableReader().ReadAll(text, "robustness.txt"))
                writer.Write(cable);
        });
}
