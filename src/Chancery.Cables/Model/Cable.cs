namespace Chancery.Cables;

/// <summary>
/// A diplomatic telegram: its envelope, its text header and its text. Immutable; lists compare by content.
/// Property names and meanings follow the JSON contract (<c>contracts/cable-json.md</c>).
/// </summary>
public sealed record Cable
{
    /// <summary>Where the cable was read from, or null for a cable built in code.</summary>
    public CableSource? Source { get; init; }

    /// <summary>Canonical id: two-digit year + origin station + serial, e.g. <c>06ASTANA38</c>.</summary>
    public string? ReferenceId { get; init; }

    /// <summary>The station part of the id, e.g. <c>ASTANA</c>.</summary>
    public string? Origin { get; init; }

    /// <summary>The message serial, e.g. 38.</summary>
    public int? Serial { get; init; }

    /// <summary>The date-time group in UTC.</summary>
    public DateTime? Created { get; init; }

    /// <summary>The action precedence of the preamble line (FL5).</summary>
    public Precedence? Precedence { get; init; }

    /// <summary>The second precedence of a dual-precedence preamble (<c>P R 301318Z</c>).</summary>
    public Precedence? InfoPrecedence { get; init; }

    /// <summary>The overall classification of the text.</summary>
    public Classification? Classification { get; init; }

    /// <summary>Distribution and handling captions in order of first appearance, each once.</summary>
    public EquatableList<string> Captions { get; init; } = EquatableList<string>.Empty;

    /// <summary>The sections of a multi-section message; null for a single section.</summary>
    public SectionInfo? Sections { get; init; }

    /// <summary>The ACP-127 envelope; null when the input has none.</summary>
    public Transmission? Transmission { get; init; }

    /// <summary>The originator (FM).</summary>
    public Addressee? From { get; init; }

    /// <summary>Action addressees (TO), in order.</summary>
    public EquatableList<Addressee> To { get; init; } = EquatableList<Addressee>.Empty;

    /// <summary>Information addressees (INFO), in order.</summary>
    public EquatableList<Addressee> Info { get; init; } = EquatableList<Addressee>.Empty;

    /// <summary>Exempted addressees (XMT), in order.</summary>
    public EquatableList<Addressee> Exempted { get; init; } = EquatableList<Addressee>.Empty;

    /// <summary>Attention and passing lines, whole.</summary>
    public EquatableList<string> ForLines { get; init; } = EquatableList<string>.Empty;

    /// <summary>The E.O. line.</summary>
    public ExecutiveOrder? ExecutiveOrder { get; init; }

    /// <summary>The Classified By line.</summary>
    public ClassifiedBy? ClassifiedBy { get; init; }

    /// <summary>TAGS in order, each once, upper case.</summary>
    public EquatableList<string> Tags { get; init; } = EquatableList<string>.Empty;

    /// <summary>The subject without keyword or portion mark, whitespace collapsed.</summary>
    public string? Subject { get; init; }

    /// <summary>The subject's portion mark, e.g. <c>SBU</c>.</summary>
    public string? SubjectMarking { get; init; }

    /// <summary>REF entries in order.</summary>
    public EquatableList<Reference> References { get; init; } = EquatableList<Reference>.Empty;

    /// <summary>The summary text, when the cable has one.</summary>
    public string? Summary { get; init; }

    /// <summary>Numbered paragraphs in order, page headers removed and split paragraphs rejoined.</summary>
    public EquatableList<Paragraph> Paragraphs { get; init; } = EquatableList<Paragraph>.Empty;

    /// <summary>The signer as written on the last line(s).</summary>
    public string? Signature { get; init; }

    /// <summary>The text from the first line after the header block to the end, page headers removed.</summary>
    public string Body { get => _body.Value; init => _body = LazyText.Of(value); }

    // The reader gives the body as pieces of its input; the string is built when first read.
    private LazyText _body = LazyText.Of("");

    /// <summary>The body, built or not; set without building it.</summary>
    internal LazyText LazyBody { get => _body; init => _body = value; }

    /// <summary>What the reader noticed; empty for a clean cable.</summary>
    public EquatableList<Diagnostic> Diagnostics { get; init; } = EquatableList<Diagnostic>.Empty;
}
