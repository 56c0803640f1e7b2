namespace Chancery.Cables;

/// <summary>Where a cable came from: the input path as given and its position within that input.</summary>
/// <param name="Path">The path as given on the command line, <c>-</c> for standard input, or null.</param>
/// <param name="Index">The cable's position in that input, from 0.</param>
public sealed record CableSource(string? Path, int Index);

/// <summary>The sections of a multi-section message.</summary>
/// <param name="Count">The <c>m</c> of <c>SECTION n OF m</c>.</param>
/// <param name="Present">The section numbers this text holds, ascending.</param>
public sealed record SectionInfo(int Count, EquatableList<int> Present);

/// <summary>The E.O. line: <c>E.O. 12958: DECL: 04/16/2033</c>.</summary>
/// <param name="Order">The executive order number, e.g. <c>12958</c>.</param>
/// <param name="Declassify">An ISO date <c>yyyy-MM-dd</c>, or the raw word when not a date (<c>N/A</c>, <c>X1</c>, <c>GDS</c>), or null.</param>
public sealed record ExecutiveOrder(string? Order, string? Declassify);

/// <summary>The Classified By line.</summary>
/// <param name="Text">Who classified it, without the keyword and reasons.</param>
/// <param name="Reasons">The reasons as <c>1.4(b)</c>, in order.</param>
public sealed record ClassifiedBy(string Text, EquatableList<string> Reasons);

/// <summary>One REF entry (one serial of it, when an entry names several).</summary>
/// <param name="Label">The bullet letter (<c>A</c>) or null.</param>
/// <param name="Text">The entry as written, whitespace collapsed.</param>
/// <param name="Kind">What it points at.</param>
/// <param name="ReferenceId">The canonical id of a cited cable, otherwise null.</param>
public sealed record Reference(string? Label, string Text, ReferenceKind Kind, string? ReferenceId);

/// <summary>A numbered paragraph of the text.</summary>
/// <param name="Number">The paragraph number, recovered where the source mangled it; null for an unnumbered marked paragraph.</param>
/// <param name="Marking">The portion mark without parentheses (<c>SBU</c>, <c>S/NF</c>), or null.</param>
/// <param name="Text">The paragraph text after the number and mark, split lines rejoined.</param>
public sealed record Paragraph(int? Number, string? Marking, string Text)
{
    // The reader gives the text as pieces of its input; the string is built when first read.
    private LazyText _text = LazyText.Of(Text);

    /// <summary>A paragraph whose text is built when first read.</summary>
    internal Paragraph(int? number, string? marking, LazyText text) : this(number, marking, (string)null!) => _text = text;

    /// <summary>The paragraph text after the number and mark, split lines rejoined.</summary>
    public string Text { get => _text.Value; init => _text = LazyText.Of(value); }

    /// <summary>The text, built or not.</summary>
    internal LazyText Lazy => _text;
}

/// <summary>Something the reader noticed, with a stable code and a 1-based position in the input.</summary>
/// <param name="Severity">How serious it is.</param>
/// <param name="Code">A stable code, <c>CHN</c> + four digits.</param>
/// <param name="Line">1-based line in the input.</param>
/// <param name="Column">1-based column in the input.</param>
/// <param name="Message">What was noticed, in one sentence.</param>
public sealed record Diagnostic(Severity Severity, string Code, int Line, int Column, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Line}:{Column}: {Names.Of(Severity)} {Code}: {Message}";
}
