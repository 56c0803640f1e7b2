namespace Chancery.Cables.Writing;

/// <summary>
/// Spellings the writer needs, tolerant of enum values outside their declared range
/// (the writer never throws for a <see cref="Cable"/>, however it was built): such values count as absent.
/// </summary>
internal static class WriterNames
{
    /// <summary>The value when it is declared, else null.</summary>
    public static Precedence? Defined(Precedence? value) =>
        value is { } v && Enum.IsDefined(v) ? v : null;

    /// <summary>The value when it is declared, else null.</summary>
    public static Classification? Defined(Classification? value) =>
        value is { } v && Enum.IsDefined(v) ? v : null;

    /// <summary>The classification as the first word(s) of the text (letter-spaced when classified).</summary>
    public static string ClassificationLine(Classification value) => value switch
    {
        Classification.Unclassified => "UNCLAS",
        Classification.LimitedOfficialUse => "LIMITED OFFICIAL USE",
        Classification.Confidential => "C O N F I D E N T I A L",
        Classification.Secret => "S E C R E T",
        _ => "T O P S E C R E T",
    };

    /// <summary>The FL4 security warning: <c>ZNR UUUUU</c> for unclassified and LOU, else <c>ZNY</c> + the level's letter five times.</summary>
    public static string SecurityWarning(Classification value) => value switch
    {
        Classification.Unclassified or Classification.LimitedOfficialUse => "ZNR UUUUU",
        Classification.Confidential => "ZNY CCCCC",
        Classification.Secret => "ZNY SSSSS",
        _ => "ZNY TTTTT",
    };

    /// <summary>An addressee's precedence words, e.g. <c>PRIORITY</c> or <c>NIACT IMMEDIATE</c>, or null.</summary>
    public static string? AddresseePrecedence(Addressee addressee) =>
        Defined(addressee.Precedence) is { } p ? (addressee.Niact ? "NIACT " : "") + Names.Of(p) : null;

    private static readonly string[] Months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

    /// <summary>The date-time group as State writes it: <c>240336Z APR 06</c> (two-digit year).</summary>
    public static string DateTimeGroup(DateTime value) =>
        $"{value.Day:D2}{value.Hour:D2}{value.Minute:D2}Z {Months[value.Month - 1]} {value.Year % 100:D2}";
}
