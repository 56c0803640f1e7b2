namespace Chancery.Cables.Reading;

/// <summary>
/// What the heading of a cable says (ACP-127 format lines 1 to 10, or the WikiLeaks/1970s/media-partner
/// equivalents): the transmission envelope, the preamble and the addressees.
/// </summary>
internal sealed record Envelope
{
    /// <summary>FL1 to FL4, or null when the heading has none of them.</summary>
    public Transmission? Transmission { get; init; }

    /// <summary>FL5 action precedence.</summary>
    public Precedence? Precedence { get; init; }

    /// <summary>FL5 second precedence of a dual-precedence preamble.</summary>
    public Precedence? InfoPrecedence { get; init; }

    /// <summary>The date-time group (FL5, or the DTG line WikiLeaks put above a partial extract), UTC.</summary>
    public DateTime? Created { get; init; }

    /// <summary>FL6 originator.</summary>
    public Addressee? From { get; init; }

    /// <summary>FL7 action addressees.</summary>
    public EquatableList<Addressee> To { get; init; } = EquatableList<Addressee>.Empty;

    /// <summary>FL8 information addressees.</summary>
    public EquatableList<Addressee> Info { get; init; } = EquatableList<Addressee>.Empty;

    /// <summary>FL9 exempted addressees.</summary>
    public EquatableList<Addressee> Exempted { get; init; } = EquatableList<Addressee>.Empty;

    /// <summary>The empty envelope (no heading found).</summary>
    public static Envelope None { get; } = new();
}
