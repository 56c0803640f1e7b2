namespace Chancery.Cables.Reading.Text;

/// <summary>What the text header says: everything between the classification line and the body.</summary>
internal sealed class TextHeader
{
    /// <summary>The classification line, or null when none was found.</summary>
    public ClassificationLine? ClassificationLine { get; set; }

    /// <summary>Captions in order of first appearance.</summary>
    public List<string> Captions { get; } = [];

    /// <summary>FOR and PASS lines, whole.</summary>
    public List<string> ForLines { get; } = [];

    /// <summary>The E.O. line's value (after the keyword), possibly over several lines.</summary>
    public string? ExecutiveOrderText { get; set; }

    /// <summary>The Classified By value.</summary>
    public string? ClassifiedByText { get; set; }

    /// <summary>TAGS in order.</summary>
    public List<string> Tags { get; } = [];

    /// <summary>The SUBJECT value, lines joined.</summary>
    public string? SubjectText { get; set; }

    /// <summary>The REF value, lines joined.</summary>
    public string? ReferenceText { get; set; }

    /// <summary>Index of the first body line.</summary>
    public int BodyStart { get; set; }

    /// <summary>Adds a caption once.</summary>
    public void AddCaption(string caption)
    {
        if (!Captions.Contains(caption)) Captions.Add(caption);
    }
}
