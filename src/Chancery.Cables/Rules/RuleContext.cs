namespace Chancery.Cables.Rules;

/// <summary>What a rule works on: the cable, a locator over its text, the directories, and the findings so far.</summary>
internal sealed class RuleContext(Cable cable, string? text, TagDirectory tags, StationDirectory stations)
{
    private readonly List<Diagnostic> _findings = [];

    /// <summary>The cable being checked.</summary>
    public Cable Cable { get; } = cable;

    /// <summary>The text the cable was read from, or null.</summary>
    public string? Text { get; } = text;

    /// <summary>Finds positions in <see cref="Text"/>; every answer is null without text.</summary>
    public TextLocator Locate { get; } = new(text);

    /// <summary>The TAGS directory.</summary>
    public TagDirectory Tags { get; } = tags;

    /// <summary>The station directory.</summary>
    public StationDirectory Stations { get; } = stations;

    /// <summary>The day of the date-time group, or null.</summary>
    public DateOnly? CreatedDate => Cable.Created is { } created ? DateOnly.FromDateTime(created) : null;

    /// <summary>True when the cable is CONFIDENTIAL or above (LIMITED OFFICIAL USE is not national-security classified).</summary>
    public bool IsClassified => Cable.Classification >= Classification.Confidential;

    /// <summary>The findings in the order reported.</summary>
    public IReadOnlyList<Diagnostic> Findings => _findings;

    /// <summary>Records a finding of <paramref name="rule"/> at <paramref name="at"/>, or at 1:1 when not located.</summary>
    public void Report(RuleDescriptor rule, TextPosition? at, string message)
    {
        var position = at ?? TextPosition.Start;
        _findings.Add(new Diagnostic(rule.Severity, rule.Code, position.Line, position.Column, message));
    }
}
