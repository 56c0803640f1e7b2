namespace Chancery.Cables.Tests.Directories;

public class TagDirectoryTests
{
    private static readonly TagDirectory Tags = TagDirectory.Default;

    [Theory]
    [InlineData("PGOV", TagKind.Subject, "internal government affairs")]
    [InlineData("PREL", TagKind.Subject, "external political relations")]
    [InlineData("PHUM", TagKind.Subject, "human rights")]
    [InlineData("KDEM", TagKind.Program, "democratization")]
    [InlineData("KZ", TagKind.Geographic, "Kazakhstan")]
    [InlineData("RS", TagKind.Geographic, "Russia")]
    [InlineData("IZ", TagKind.Geographic, "Iraq")]
    [InlineData("AF", TagKind.Geographic, "Afghanistan")]
    [InlineData("VT", TagKind.Geographic, "Holy See")]
    public void KnowsCommonTagsWithTheirMeaning(string tag, TagKind kind, string meaning)
    {
        Assert.True(Tags.TryGet(tag, out var info));
        Assert.Equal(kind, info.Kind);
        Assert.Equal(meaning, info.Meaning);
    }

    [Fact]
    public void KnowsOrganizations()
    {
        Assert.Equal(TagKind.Organization, Tags.KindOf("NATO"));
        Assert.Equal(TagKind.Organization, Tags.KindOf("OSCE"));
    }

    [Fact]
    public void LookupIgnoresCaseAndSpaces() => Assert.True(Tags.TryGet(" pgov ".AsSpan(), out _));

    [Fact]
    public void UnknownTagIsNotFound()
    {
        Assert.False(Tags.TryGet("QQQQ", out var info));
        Assert.Null(info);
    }

    [Fact]
    public void SubjectTagWithoutMeaningFallsBackOnItsCategory()
    {
        var info = new TagInfo("PXYZ", TagKind.Subject, null);
        Assert.Equal("political affairs", info.Category);
        Assert.Equal("political affairs (category)", info.Description);
        Assert.Null(new TagInfo("NATO", TagKind.Organization, null).Description);
    }

    [Fact]
    public void EverySubjectTagHasACategory() =>
        Assert.All(Tags.All.Where(t => t.Kind == TagKind.Subject), t => Assert.NotNull(t.Category));

    [Fact]
    public void ReferenceSubjectListIsIncluded() =>
        Assert.True(Tags.All.Count(t => t.Kind is TagKind.Subject or TagKind.Program) >= 96);

    [Theory]
    [InlineData("PGVO", "PGOV")]   // swapped letters
    [InlineData("PRLE", "PREL")]
    [InlineData("ECNO", "ECON")]
    [InlineData("KDME", "KDEM")]
    [InlineData("KZZ", "KZ")]
    [InlineData("VTPREL", "PREL")] // two tags run together
    [InlineData("pgvo", "PGOV")]
    public void SuggestsTheNearestKnownTag(string unknown, string expected) => Assert.Equal(expected, Tags.Suggest(unknown));

    [Theory]
    [InlineData("")]
    [InlineData("QQQQQQQQQQ")]
    public void SuggestsNothingWhenNothingIsClose(string unknown) => Assert.Null(Tags.Suggest(unknown));

    [Fact]
    public void SuggestsAKnownTagAsItself() => Assert.Equal("PGOV", Tags.Suggest(" pgov"));

    [Fact]
    public void DirectoryBuiltFromGivenTagsKeepsTheFirstEntry()
    {
        var directory = new TagDirectory([new TagInfo("ABCD", TagKind.Subject, "first"), new TagInfo("abcd", TagKind.Program, "second")]);
        Assert.Equal("first", Assert.Single(directory.All).Meaning);
    }
}
