namespace Chancery.Web.Tests;

public class ProjectBuildsTests
{
    [Fact]
    public void Assembly_loads() => Assert.Equal("Chancery.Web", typeof(ProjectBuildsTests).Assembly.GetReferencedAssemblies().First(a => a.Name == "Chancery.Web").Name);
}
