using Chancery.Cables;

namespace Chancery.Archive.Tests.Contract;

/// <summary>The readers the suite asks as.</summary>
internal static class Principals
{
    public static Principal Unclassified { get; } = new("u", Classification.Unclassified, false, []);
    public static Principal Confidential { get; } = new("c", Classification.Confidential, false, []);
    public static Principal Secret { get; } = new("s", Classification.Secret, false, []);
    public static Principal SecretNoForn { get; } = new("snf", Classification.Secret, true, []);
    public static Principal SecretNoFornExdis { get; } = new("snfx", Classification.Secret, true, ["EXDIS"]);
    public static Principal SecretNoFornNodis { get; } = new("snfn", Classification.Secret, true, ["NODIS"]);
}
