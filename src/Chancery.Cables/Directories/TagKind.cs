namespace Chancery.Cables;

/// <summary>The four families of TAGS (Traffic Analysis by Geography and Subject).</summary>
public enum TagKind
{
    /// <summary>A four-letter subject TAG whose first letter is its category, e.g. <c>PGOV</c>.</summary>
    Subject,
    /// <summary>A four-letter program TAG starting with K, e.g. <c>KDEM</c>.</summary>
    Program,
    /// <summary>A two-letter country or region code (FIPS 10-4, not ISO 3166), e.g. <c>KZ</c>.</summary>
    Geographic,
    /// <summary>An organization, e.g. <c>NATO</c>.</summary>
    Organization,
}
