namespace Chancery.Cables;

/// <summary>
/// One originator or addressee line: <c>RUEHC/SECSTATE WASHDC PRIORITY 0116</c>.
/// </summary>
/// <param name="RoutingIndicator">The delivering station's routing indicator before the slash, or null.</param>
/// <param name="Address">The plain-language address (PLA), e.g. <c>SECSTATE WASHDC</c>.</param>
/// <param name="Precedence">The per-addressee precedence, or null when the line states none.</param>
/// <param name="Niact">True for <c>NIACT IMMEDIATE</c> (night action): only with <see cref="Precedence.Immediate"/>.</param>
/// <param name="Sequence">The originator's running number for this addressee (<c>0116</c>), or null.</param>
public sealed record Addressee(
    string? RoutingIndicator,
    string Address,
    Precedence? Precedence = null,
    bool Niact = false,
    int? Sequence = null)
{
    /// <summary>The precedence as the contract spells it: <c>PRIORITY</c>, <c>NIACT IMMEDIATE</c>, or null.</summary>
    public string? PrecedenceText => Precedence is { } p ? (Niact ? "NIACT " : "") + Names.Of(p) : null;
}
