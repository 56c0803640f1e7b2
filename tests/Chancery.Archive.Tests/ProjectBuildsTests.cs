namespace Chancery.Archive.Tests;

public class ProjectBuildsTests
{
    [Fact]
    public void Assembly_loads() => Assert.Equal("Chancery.Archive", typeof(ProjectBuildsTests).Assembly.GetReferencedAssemblies().First(a => a.Name == "Chancery.Archive").Name);
}
