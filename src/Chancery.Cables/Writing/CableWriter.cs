using Chancery.Cables.Writing;

namespace Chancery.Cables;

/// <summary>
/// Renders a <see cref="Cable"/> as a canonical ACP-127 transmission, as a State Department
/// communications centre would have sent it (FORMAT_SPEC §1 and §3).
/// </summary>
/// <remarks>
/// <para>Layout of each transmission: <c>VZCZC</c> + transmission id (FL1), the doubled precedence and
/// routing indicators (FL2), <c>DE</c> line (FL3), security warning and operating signals (FL4), preamble
/// with date-time group (FL5), <c>FM</c>, <c>TO</c>, <c>INFO</c>, <c>XMT</c> (FL6-FL9), <c>BT</c>, the text,
/// <c>BT</c>, <c>#</c> + station serial, <c>NNNN</c>. FL1-FL4 and the <c>#</c> line appear only when the cable
/// has a <see cref="Cable.Transmission"/>; any other part the cable does not state is left out.</para>
/// <para>The text: classification line (level, section, MRN), captions, FOR lines, E.O., CLASSIFIED BY,
/// TAGS, SUBJECT, REF, one item per line; a blank line; the paragraphs (or, without paragraphs, the body;
/// see <c>TextBodyLines</c>) separated by blank lines; a blank line and the signature.</para>
/// <para>Every line is upper case, at most <see cref="MaxLineLength"/> characters, and ITA2-safe
/// (<see cref="Ita2"/> lists the transliteration); long values wrap on spaces onto continuation lines,
/// words longer than a line are cut. Text longer than <see cref="PagesPerSection"/> pages of
/// <see cref="LinesPerPage"/> lines is split into sections, each its own transmission (<c>/01</c>,
/// <c>/02</c> on the DE line, <c>SECTION 01 OF 02</c> on the classification line, same DTG and filing
/// time); inside a section, State page headers (<c>ASTANA 00000038 002.2 OF 003</c>) start each page after
/// the first. <see cref="Cable.Sections"/> of the input is not used: sections follow from the text length.</para>
/// <para>Never throws for a cable, whatever its fields hold (nulls, undefined enum values, any text).
/// Lines end with a line feed. The date-time group is taken as UTC and written with a two-digit year.</para>
/// </remarks>
public sealed class CableWriter
{
    /// <summary>The longest line ACP 127 allows, spaces included (§138f).</summary>
    public const int MaxLineLength = 69;

    /// <summary>Lines per page of text (ACP 127 §208).</summary>
    public const int LinesPerPage = 20;

    /// <summary>Pages of text per transmission section (ACP 127 §208).</summary>
    public const int PagesPerSection = 5;

    /// <summary>Returns the canonical transmission of <paramref name="cable"/>.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="cable"/> is null.</exception>
    public string Write(Cable cable)
    {
        using var output = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(cable, output);
        return output.ToString();
    }

    /// <summary>Writes the canonical transmission of <paramref name="cable"/> to <paramref name="output"/>.</summary>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public void Write(Cable cable, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(cable);
        ArgumentNullException.ThrowIfNull(output);

        var number = MessageNumber.Of(cable);
        var text = new LineBuilder();
        TextHeaderLines.Write(cable, text);
        TextBodyLines.Write(cable, text);
        text.TrimEnd();
        var textLines = text.Lines.ConvertAll(TextGuard.GuardLine);

        var sections = SectionSplitter.Split(textLines, LinesPerPage * PagesPerSection - 1);
        for (var i = 0; i < sections.Count; i++)
            WriteTransmission(cable, number, i + 1, sections.Count, sections[i], output);
    }

    private static void WriteTransmission(Cable cable, MessageNumber? number, int section, int sections, List<string> textLines, TextWriter output)
    {
        var heading = new LineBuilder();
        EnvelopeLines.Write(cable, section, sections, heading);
        WriteLines(heading.Lines.ConvertAll(TextGuard.GuardLine), output);
        WriteLine("BT", output);

        var sectionText = new LineBuilder();
        if (TextHeaderLines.ClassificationLine(cable, number, section, sections) is { } classification)
            sectionText.Add(classification);
        sectionText.Lines.AddRange(textLines);
        WriteLines(SectionSplitter.Paginate(sectionText.Lines, number, LinesPerPage), output);

        WriteLine("BT", output);
        if (EnvelopeLines.ValidationLine(cable) is { } validation) WriteLine(validation, output);
        WriteLine("NNNN", output);
    }

    private static void WriteLines(List<string> lines, TextWriter output)
    {
        foreach (var line in lines) WriteLine(line, output);
    }

    private static void WriteLine(string line, TextWriter output)
    {
        output.Write(line);
        output.Write('\n');
    }
}
