namespace Chancery.Cables;

/// <summary>Overall classification levels, ordered from lowest to highest.</summary>
public enum Classification
{
    /// <summary>UNCLASSIFIED (UNCLAS).</summary>
    Unclassified = 0,
    /// <summary>LIMITED OFFICIAL USE (LOU), used until the 1990s.</summary>
    LimitedOfficialUse = 1,
    /// <summary>CONFIDENTIAL.</summary>
    Confidential = 2,
    /// <summary>SECRET.</summary>
    Secret = 3,
    /// <summary>TOP SECRET.</summary>
    TopSecret = 4,
}

/// <summary>ACP-127 precedences, ordered from lowest to highest.</summary>
public enum Precedence
{
    /// <summary>ROUTINE (R).</summary>
    Routine = 0,
    /// <summary>PRIORITY (P).</summary>
    Priority = 1,
    /// <summary>IMMEDIATE (O).</summary>
    Immediate = 2,
    /// <summary>FLASH (Z).</summary>
    Flash = 3,
}

/// <summary>How serious a diagnostic is.</summary>
public enum Severity
{
    /// <summary>Something worth knowing; the text was read as intended.</summary>
    Info = 0,
    /// <summary>The text departs from the format but was understood.</summary>
    Warning = 1,
    /// <summary>The text could not be understood there; that part is missing from the result.</summary>
    Error = 2,
}

/// <summary>What a REF entry points at.</summary>
public enum ReferenceKind
{
    /// <summary>Another cable (telegram).</summary>
    Cable,
    /// <summary>An e-mail.</summary>
    Email,
    /// <summary>A telephone conversation.</summary>
    Telcon,
    /// <summary>A memorandum.</summary>
    Memo,
    /// <summary>A report or document.</summary>
    Report,
    /// <summary>A web page.</summary>
    Web,
    /// <summary>Anything else (meetings, letters, conversations...).</summary>
    Other,
}
