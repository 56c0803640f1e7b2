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

    // Continuation lines are collected and joined once: joining as they come made long values quadratic.
    private readonly Dictionary<HeaderKind, List<string>> _parts = [];

    /// <summary>The E.O. line's value (after the keyword), possibly over several lines.</summary>
    public string? ExecutiveOrderText => Joined(HeaderKind.ExecutiveOrder);

    /// <summary>The Classified By value.</summary>
    public string? ClassifiedByText => Joined(HeaderKind.ClassifiedBy);

    /// <summary>TAGS in order.</summary>
    public List<string> Tags { get; } = [];

    /// <summary>The SUBJECT value, lines joined.</summary>
    public string? SubjectText => Joined(HeaderKind.Subject);

    /// <summary>The REF value, lines joined.</summary>
    public string? ReferenceText => Joined(HeaderKind.References);

    /// <summary>The bullet letter the REF list would take next, or null while it is unlettered.</summary>
    public char? NextReferenceLabel { get; private set; }

    /// <summary>True once the construct has a value.</summary>
    public bool Has(HeaderKind kind) => _parts.ContainsKey(kind);

    /// <summary>Adds a line's worth of text to a construct's value.</summary>
    public void Add(HeaderKind kind, string text)
    {
        if (!_parts.TryGetValue(kind, out var parts)) _parts[kind] = parts = [];
        _joined.Remove(kind);
        if (text.Length > 0) parts.Add(text);
        if (kind == HeaderKind.References) NextReferenceLabel = ReferencesText.NextLabel(text, NextReferenceLabel);
    }

    // Values are read several times while a cable is assembled: each is joined once, until a part is added.
    private readonly Dictionary<HeaderKind, string> _joined = [];

    private string? Joined(HeaderKind kind)
    {
        if (!_parts.TryGetValue(kind, out var parts)) return null;
        if (_joined.TryGetValue(kind, out var joined)) return joined;
        joined = parts.Count == 1 ? parts[0].Trim() : string.Join(' ', parts).Trim();
        _joined[kind] = joined;
        return joined;
    }

    /// <summary>Index of the first body line.</summary>
    public int BodyStart { get; set; }

    /// <summary>Adds a caption once.</summary>
    public void AddCaption(string caption)
    {
        if (!Captions.Contains(caption)) Captions.Add(caption);
    }
}
