using Chancery.Archive.Text;
using FsCheck.Xunit;

namespace Chancery.Archive.Tests.Text;

public class SearchTokenizerTests
{
    [Theory]
    [InlineData("Société Générale", "societe generale")]
    [InlineData("Socie\u0301te\u0301", "societe")]
    [InlineData("Łódź, Kraków & São Paulo", "lodz krakow sao paulo")]
    [InlineData("U.S.-KAZAKHSTAN 06ASTANA38", "u s kazakhstan 06astana38")]
    [InlineData("МОСКВА", "москва")]
    public void Tokens_are_folded_the_same_on_every_machine(string text, string tokens)
    {
        Assert.Equal(tokens, string.Join(' ', SearchTokenizer.Tokens(text)));
        Assert.Equal(tokens, SearchTokenizer.JoinTokens(text));
    }

    [Property]
    public bool Joined_tokens_equal_the_token_sequence(string? text) =>
        SearchTokenizer.JoinTokens(text) == string.Join(' ', SearchTokenizer.Tokens(text ?? ""));
}
