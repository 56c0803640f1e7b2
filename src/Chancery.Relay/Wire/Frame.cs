namespace Chancery.Relay.Wire;

/// <summary>What the frame reader found on a link.</summary>
internal enum FrameKind
{
    /// <summary>A whole transmission, <c>VZCZC</c> to <c>NNNN</c>.</summary>
    Complete,
    /// <summary>A transmission that cannot be used: a new <c>VZCZC</c> before <c>NNNN</c>, or beyond the size limits.</summary>
    Garbled,
}

/// <summary>One transmission read off a link.</summary>
/// <param name="Kind">Whole or garbled.</param>
/// <param name="Text">The text (whole transmissions) or the FL1 line alone (garbled ones).</param>
/// <param name="Reason">Why a garbled transmission was refused.</param>
internal sealed record Frame(FrameKind Kind, string Text, string? Reason = null)
{
    /// <summary>The FL1 line.</summary>
    public string FirstLine => Text.AsSpan().IndexOf('\n') is var i and >= 0 ? Text[..i] : Text;
}
