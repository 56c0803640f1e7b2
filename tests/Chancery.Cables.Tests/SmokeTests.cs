namespace Chancery.Cables.Tests;

public class SmokeTests
{
    [Fact]
    public void ReadAllNeverReturnsEmptyForText() => Assert.NotEmpty(new CableReader().ReadAll("UNCLAS"));
}
