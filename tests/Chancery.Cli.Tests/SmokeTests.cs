namespace Chancery.Cli.Tests;

public class SmokeTests
{
    [Fact]
    public void MainReturnsZero() => Assert.Equal(0, Program.Main([]));
}
