namespace Chancery.Cables;

/// <summary>The canonical spellings of enumerations, as the JSON contract and the cable text use them.</summary>
public static class Names
{
    /// <summary>The full upper-case name of a level, e.g. <c>LIMITED OFFICIAL USE</c>.</summary>
    public static string Of(Classification value) => value switch
    {
        Classification.Unclassified => "UNCLASSIFIED",
        Classification.LimitedOfficialUse => "LIMITED OFFICIAL USE",
        Classification.Confidential => "CONFIDENTIAL",
        Classification.Secret => "SECRET",
        Classification.TopSecret => "TOP SECRET",
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    /// <summary>The full upper-case name of a precedence, e.g. <c>IMMEDIATE</c>.</summary>
    public static string Of(Precedence value) => value switch
    {
        Precedence.Routine => "ROUTINE",
        Precedence.Priority => "PRIORITY",
        Precedence.Immediate => "IMMEDIATE",
        Precedence.Flash => "FLASH",
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    /// <summary>The one-letter prosign of a precedence: Z, O, P or R.</summary>
    public static char Prosign(Precedence value) => value switch
    {
        Precedence.Routine => 'R',
        Precedence.Priority => 'P',
        Precedence.Immediate => 'O',
        Precedence.Flash => 'Z',
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    /// <summary>The precedence of a prosign letter, or null.</summary>
    public static Precedence? FromProsign(char c) => c switch
    {
        'R' => Precedence.Routine,
        'P' => Precedence.Priority,
        'O' => Precedence.Immediate,
        'Z' => Precedence.Flash,
        _ => null,
    };

    /// <summary>Parses a full precedence word (ROUTINE, PRIORITY, IMMEDIATE, FLASH), or null.</summary>
    public static Precedence? ParsePrecedence(ReadOnlySpan<char> word) => word switch
    {
        "ROUTINE" => Precedence.Routine,
        "PRIORITY" => Precedence.Priority,
        "IMMEDIATE" => Precedence.Immediate,
        "FLASH" => Precedence.Flash,
        _ => null,
    };

    /// <summary>Parses a full level name as the JSON contract spells it, or null.</summary>
    public static Classification? ParseClassification(ReadOnlySpan<char> word) => word switch
    {
        "UNCLASSIFIED" => Classification.Unclassified,
        "LIMITED OFFICIAL USE" => Classification.LimitedOfficialUse,
        "CONFIDENTIAL" => Classification.Confidential,
        "SECRET" => Classification.Secret,
        "TOP SECRET" => Classification.TopSecret,
        _ => null,
    };

    /// <summary>The lower-case word for a severity.</summary>
    public static string Of(Severity value) => value switch
    {
        Severity.Info => "info",
        Severity.Warning => "warning",
        Severity.Error => "error",
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    /// <summary>The lower-case word for a reference kind.</summary>
    public static string Of(ReferenceKind value) => value switch
    {
        ReferenceKind.Cable => "cable",
        ReferenceKind.Email => "email",
        ReferenceKind.Telcon => "telcon",
        ReferenceKind.Memo => "memo",
        ReferenceKind.Report => "report",
        ReferenceKind.Web => "web",
        ReferenceKind.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };
}
