namespace Chancery.Relay.Tests;

public class ProjectBuildsTests
{
    [Fact]
    public void Assembly_loads() => Assert.Equal("Chancery.Relay", typeof(ProjectBuildsTests).Assembly.GetReferencedAssemblies().First(a => a.Name == "Chancery.Relay").Name);
}
