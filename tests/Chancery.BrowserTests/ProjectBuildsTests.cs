namespace Chancery.BrowserTests;

public class ProjectBuildsTests
{
    [Fact]
    public void Assembly_loads() => Assert.NotNull(typeof(Microsoft.Playwright.Playwright));
}
