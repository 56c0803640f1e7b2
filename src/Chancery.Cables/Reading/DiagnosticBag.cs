namespace Chancery.Cables.Reading;

/// <summary>Collects diagnostics while a cable is read.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    /// <summary>The diagnostics so far, in the order they were added.</summary>
    public IReadOnlyList<Diagnostic> Items => _items;

    /// <summary>Adds a diagnostic.</summary>
    public void Add(Severity severity, string code, int line, int column, string message) =>
        _items.Add(new Diagnostic(severity, code, Math.Max(1, line), Math.Max(1, column), message));

    /// <summary>Adds a diagnostic at a line (column given 0-based within <see cref="SourceLine.Span"/>).</summary>
    public void Add(Severity severity, string code, SourceLine at, int offset, string message) =>
        Add(severity, code, at.Number, at.Column + offset, message);

    /// <summary>Adds a warning at a line.</summary>
    public void Warn(string code, SourceLine at, int offset, string message) => Add(Severity.Warning, code, at, offset, message);

    /// <summary>Adds an error at a line.</summary>
    public void Error(string code, SourceLine at, int offset, string message) => Add(Severity.Error, code, at, offset, message);

    /// <summary>Adds an info note at a line.</summary>
    public void Info(string code, SourceLine at, int offset, string message) => Add(Severity.Info, code, at, offset, message);

    /// <summary>The diagnostics as an immutable list, ordered by position.</summary>
    public EquatableList<Diagnostic> ToList() =>
        _items.Count == 0 ? EquatableList<Diagnostic>.Empty
            : [.. _items.OrderBy(d => d.Line).ThenBy(d => d.Column)];
}
