using System.Text;

namespace Chancery.Cables.Tests.Robustness;

/// <summary>Builders of large inputs of a given shape and about a given size in chars.</summary>
internal static class InputShapes
{
    private const string Sentence = "THE MINISTER SAID THE TALKS WOULD GO ON AFTER THE SUMMER RECESS ";

    /// <summary>The shapes the linearity test stretches, by name.</summary>
    public static string Make(string shape, int size) => shape switch
    {
        "cables separated by NNNN" => Repeat(size, k => RobustnessCables.Raw.Replace("0733", $"{k % 9000 + 1000:0000}") + "\n"),
        "one cable, many numbered paragraphs" => Repeat(size, RawHead(), k => $"{k + 1}. (C) {Sentence}\nAND MORE.\n\n"),
        "one cable, many lines, no paragraphs" => Repeat(size, RawHead(), _ => Sentence + "\n"),
        "one long line of words" => Repeat(size, _ => Sentence),
        "one section repeated (same message number)" => Repeat(size, _ => FirstSection),
        "subject continued over many lines" => Repeat(size, TextHead() + "SUBJECT: ", _ => "AND THE SUBJECT GOES ON ON THE NEXT LINE\n"),
        "HTML page, many <pre> blocks" => Repeat(size, "<html><body>\n", k => $"<pre>UNCLAS VILNIUS {k % 999_999 + 1:000000}</pre>\n"),
        "references continued over many lines" => Repeat(size, TextHead() + "REF: ", k => $"{(char)('A' + k % 26)}. STATE {k + 1}\n"),
        "empty cables (NNNN lines)" => Repeat(size, _ => "NNNN\n"),
        "page headers only" => Repeat(size, k => $"VILNIUS 00000733 {k % 999 + 1:000} OF 999\n\n"),
        _ => throw new ArgumentOutOfRangeException(nameof(shape)),
    };

    /// <summary><paramref name="size"/> chars of <paramref name="c"/>.</summary>
    public static string Same(char c, int size) => new(c, size);

    // The heading and classification line of the raw cable, ready for a header part.
    private static string TextHead() => RawHead()[..(RawHead().IndexOf("NOFORN", StringComparison.Ordinal))];

    private static string RawHead() => RobustnessCables.Raw[..RobustnessCables.Raw.IndexOf("1. (S/NF)", StringComparison.Ordinal)];

    // Section 1 of 2 of one message; an input that repeats it (a retransmission, a file concatenated twice)
    // makes the reader merge every copy into the one cable.
    private const string FirstSection = """
        VZCZCXRO0001
        RR RUEHC
        DE RUEHVL #0733/01 2051410
        ZNR UUUUU ZZH
        R 241410Z JUL 08
        FM AMEMBASSY VILNIUS
        TO RUEHC/SECSTATE WASHDC 2740
        BT
        UNCLAS SECTION 01 OF 02 VILNIUS 000733

        SUBJECT: LONG REPORT

        1. THE MINISTER SAID THE TALKS WOULD GO ON AFTER THE SUMMER RECESS.
        BT
        #0733
        NNNN

        """;

    private static string Repeat(int size, Func<int, string> piece) => Repeat(size, "", piece);

    private static string Repeat(int size, string head, Func<int, string> piece)
    {
        var sb = new StringBuilder(size + 4096).Append(head);
        for (var k = 0; sb.Length < size; k++) sb.Append(piece(k));
        return sb.ToString();
    }
}
