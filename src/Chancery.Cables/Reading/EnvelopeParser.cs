namespace Chancery.Cables.Reading;

/// <summary>
/// Reads the heading of one cable: from the first line of the cable up to (not including) the first
/// line of the text (the classification line, or the line after <c>BT</c>).
/// </summary>
/// <remarks>
/// <para>What it reads: FL1 <c>VZCZCXRO1728</c> / <c>VV ABC027</c> and pilot lines (<c>ZOV RUEHC</c>), FL2 routing lines (wrapped too), FL3
/// <c>DE RUEHAST #0038/01 1140336</c>, FL4 <c>ZNR UUUUU ZZH</c>, FL5 <c>P 240336Z APR 06</c>, FM/TO/INFO/XMT with
/// continuation lines; WikiLeaks partial-extract records (note, bare DTG line, printout banner, PAGE header,
/// ACTION/INFO office distribution block), media-partner date lines and mirrors' key/value blocks.
/// The heading ends at <c>BT</c>, at the classification line, or at the first non-address line after a blank
/// line that follows the address block (WikiLeaks joined its two boxes with a blank line and removed BT).</para>
/// <para>Diagnostics (stable codes):</para>
/// <list type="table">
/// <listheader><term>Code</term><description>Severity: message</description></listheader>
/// <item><term>CHN0101</term><description>Warning: A heading line was not understood and was skipped.</description></item>
/// <item><term>CHN0102</term><description>Warning: The DE line has a group that is neither a station serial nor a filing time.</description></item>
/// <item><term>CHN0103</term><description>Warning: The DE line names a station that is not a routing indicator.</description></item>
/// <item><term>CHN0104</term><description>Warning: The date-time group lacks its month or year, so no creation time was taken from it.</description></item>
/// <item><term>CHN0105</term><description>Warning: The date-time group names a day, hour or minute that does not exist.</description></item>
/// <item><term>CHN0106</term><description>Info: A second preamble line was found; the first one was kept.</description></item>
/// <item><term>CHN0107</term><description>Info: A page header inside the address block was dropped.</description></item>
/// <item><term>CHN0108</term><description>Warning: An addressee line came before any TO keyword; it was taken as an action addressee.</description></item>
/// <item><term>CHN0109</term><description>Warning: The heading runs to the end of the input and no text follows it.</description></item>
/// <item><term>CHN0110</term><description>Warning: A heading line comes after lines that the ACP-127 order puts behind it.</description></item>
/// <item><term>CHN0111</term><description>Info: The routing line uses the YY prosign, which has no ACP-127 precedence.</description></item>
/// <item><term>CHN0112</term><description>Warning: The security warning names no known classification level.</description></item>
/// <item><term>CHN0113</term><description>Info: A heading line was repeated; the first one was kept.</description></item>
/// <item><term>CHN0114</term><description>Warning: The FM line names no originator.</description></item>
/// <item><term>CHN0116</term><description>Warning: Lines before the heading were not understood and were skipped.</description></item>
/// <item><term>CHN0199</term><description>Error: The heading could not be read because of an internal error.</description></item>
/// </list>
/// </remarks>
internal static class EnvelopeParser
{
    /// <summary>
    /// Parses the heading that starts at <paramref name="index"/>. On return <paramref name="index"/> is the
    /// index of the first text line (unchanged when there is no heading). Never throws.
    /// </summary>
    public static Envelope Parse(IReadOnlyList<SourceLine> lines, ref int index, DiagnosticBag diagnostics)
    {
        if (lines is null || diagnostics is null || index < 0 || index >= lines.Count) return Envelope.None;
        var start = index;
        try
        {
            return new HeadingReader(lines, diagnostics).Read(ref index);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A safety net: the reader promises never to throw, whatever a bug in a line parser does.
            index = start;
            diagnostics.Error(EnvelopeCodes.InternalError, lines[start], 0, "The heading could not be read because of an internal error.");
            return Envelope.None;
        }
    }
}
