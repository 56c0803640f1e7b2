using Chancery.Cables.Writing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Chancery.Cables.Tests.Writing;

public class LineWrapperTests
{
    [Fact]
    public void ShortTextStaysOnOneLine() => Assert.Equal(["A B C"], LineWrapper.Wrap("A B C", 69));

    [Fact]
    public void BreaksOnTheLastSpaceThatFits() => Assert.Equal(["AAA BBB", "CCC"], LineWrapper.Wrap("AAA BBB CCC", 7));

    [Fact]
    public void CutsAWordLongerThanTheWidth() => Assert.Equal(["X", "ABCDE", "FGHIJ", "K Y"], LineWrapper.Wrap("X ABCDEFGHIJK Y", 5));

    [Fact]
    public void CarriesAWordSoNoLineStartsWithANumberAndStop() => Assert.Equal(["AAA BBB", "NO 2. C"], LineWrapper.Wrap("AAA BBB NO 2. C", 9));

    public static Arbitrary<string> Texts() =>
        Gen.Elements("A", "BB", "NO", "2.", "15.", "WORD", "LONGERWORD", new string('X', 30), new string('Y', 80))
            .ListOf().Select(words => string.Join(' ', words)).ToArbitrary();

    [Property(Arbitrary = [typeof(LineWrapperTests)], MaxTest = 300)]
    public void LinesFitAndKeepEveryCharacterInOrder(string text)
    {
        var lines = LineWrapper.Wrap(text, 20);
        Assert.All(lines, l => Assert.InRange(l.Length, text.Length == 0 ? 0 : 1, 20));
        Assert.All(lines, l => Assert.False(l.StartsWith(' ') || l.EndsWith(' ')));
        Assert.Equal(text.Replace(" ", ""), string.Concat(lines).Replace(" ", ""));
    }
}
