using FsCheck.Xunit;

namespace Chancery.Cables.Tests.Writing;

public class Ita2Tests
{
    [Theory]
    [InlineData("Zoë Łukasz São Paulo Ørsted Straße", "ZOE LUKASZ SAO PAULO ORSTED STRASSE")]
    [InlineData("Æsop Œuvre Þing", "AESOP OEUVRE THING")]
    [InlineData("he said \"no\" twice", "HE SAID QUOTE NO UNQUOTE TWICE")]
    [InlineData("“curly” and ‘single’", "QUOTE CURLY UNQUOTE AND 'SINGLE'")]
    [InlineData("a \"dangling quote", "A QUOTE DANGLING QUOTE")]
    [InlineData("R&D at 50%", "R AND D AT 50 PERCENT")]
    [InlineData("¶4. first; second!", "4. FIRST, SECOND.")]
    [InlineData("[note] {x} <y>", "(NOTE) (X) (Y)")]
    [InlineData("2006–2008 — over", "2006-2008 - OVER")]
    [InlineData("$100 or €5 or £2", "USD 100 OR EUR 5 OR GBP 2")]
    [InlineData("see § 5 and #7", "SEE SECTION 5 AND NO. 7")]
    [InlineData("a\\b|c", "A/B/C")]
    [InlineData("wait…", "WAIT...")]
    [InlineData("  tabs\tand\r\nbreaks  ", "TABS AND BREAKS")]
    [InlineData("Москва 中国 ok", "OK")]
    [InlineData("e\u0301clair", "ECLAIR")]
    [InlineData("KEEP - ? : ( ) . , ' / + =", "KEEP - ? : ( ) . , ' / + =")]
    [InlineData(null, "")]
    public void TransliteratesToTheDocumentedTable(string? input, string expected) =>
        Assert.Equal(expected, Ita2.Transliterate(input));

    [Theory]
    [InlineData('#')]
    [InlineData('a')]
    [InlineData('"')]
    [InlineData(';')]
    [InlineData('\n')]
    [InlineData('É')]
    public void CharactersOutsideTheRepertoireAreNotSafe(char c) => Assert.False(Ita2.IsSafe(c));

    [Property(MaxTest = 500)]
    public void TransliterationIsSafeSingleSpacedAndIdempotent(string? input)
    {
        var once = Ita2.Transliterate(input);
        Assert.True(Ita2.IsSafe(once));
        Assert.DoesNotContain("  ", once);
        Assert.Equal(once.Trim(), once);
        Assert.Equal(once, Ita2.Transliterate(once));
    }
}
