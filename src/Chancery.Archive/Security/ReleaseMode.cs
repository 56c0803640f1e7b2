namespace Chancery.Archive.Security;

/// <summary>How a deployment releases cables to readers whose clearance does not cover all of a cable.</summary>
public enum ReleaseMode
{
    /// <summary>A cable is visible only when the reader's clearance and accesses cover its effective marking and captions.</summary>
    WholeCable,

    /// <summary>
    /// A reader also sees cables some of whose portions are above them, with those portions withheld
    /// ("paragraph 4 withheld (S)"), as in a declassification release. Restricted captions still hide whole cables.
    /// </summary>
    PortionRelease,
}
