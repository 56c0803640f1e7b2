namespace Chancery.Cables.Tests.Robustness;

/// <summary>
/// Degenerate large inputs (a file that is one huge line, a run of one character) read without failure and
/// in reasonable time; the timeout turns a pathological slowdown into a failure instead of a stuck run.
/// </summary>
public sealed class LargeInputTests
{
    private const int TenMegabytes = 10 * 1024 * 1024;
    private const int OneMegabyte = 1024 * 1024;

    [Fact(Timeout = 120_000)]
    public Task Ten_megabytes_on_one_line_read_without_failure() =>
        Read(InputShapes.Make("one long line of words", TenMegabytes), "a 10 MB single line of words", TestContext.Current.CancellationToken);

    [Theory(Timeout = 120_000)]
    [InlineData('A')]
    [InlineData('\n')]
    public Task Ten_megabytes_of_one_character_read_without_failure(char c) =>
        Read(InputShapes.Same(c, TenMegabytes), $"10 MB of U+{(int)c:X4}", TestContext.Current.CancellationToken);

    [Theory(Timeout = 60_000)]
    [InlineData('(')]
    [InlineData('¶')]
    [InlineData('<')]
    [InlineData('&')]
    public Task One_megabyte_of_one_character_reads_without_failure(char c) =>
        Read(InputShapes.Same(c, OneMegabyte), $"1 MB of '{c}'", TestContext.Current.CancellationToken);

    [Fact(Timeout = 60_000)]
    public Task One_megabyte_of_letter_spaced_capitals_reads_without_failure() =>
        Read(string.Concat(Enumerable.Repeat("C O N F I D E N T I A L ", OneMegabyte / 24)), "1 MB of letter-spaced capitals on one line", TestContext.Current.CancellationToken);

    private static async Task Read(string text, string what, CancellationToken cancellation) =>
        await Task.Run(() => ReaderChecks.ReadWithoutFailure(text, what), cancellation);
}
