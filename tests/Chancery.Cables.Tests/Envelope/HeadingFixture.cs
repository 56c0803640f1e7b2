using Chancery.Cables.Reading;

namespace Chancery.Cables.Tests.Envelope;

/// <summary>Runs the heading parser over a fixture written as one string (lines separated by \n).</summary>
internal sealed record HeadingFixture(Reading.Envelope Envelope, int Index, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<SourceLine> Lines)
{
    public static HeadingFixture Parse(string text, int start = 0)
    {
        var lines = EnvelopeCorpusTests.SplitLines(text);
        var diagnostics = new DiagnosticBag();
        var index = start;
        var envelope = EnvelopeParser.Parse(lines, ref index, diagnostics);
        return new HeadingFixture(envelope, index, diagnostics.ToList(), lines);
    }

    /// <summary>The text of the line the parser says the text starts at.</summary>
    public string TextStart => Index < Lines.Count ? Lines[Index].Text : "<end>";

    public IEnumerable<string> Codes => Diagnostics.Select(d => d.Code);
}
