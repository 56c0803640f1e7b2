using Chancery.Cables;

namespace Chancery.Fuzz;

/// <summary>
/// Keeps the last exception thrown anywhere (first chance), so that when the reader reports CHN0001
/// (it failed internally and caught its own exception) the crash carries the original exception and stack.
/// </summary>
internal static class ReaderDefectTracker
{
    private static Exception? _lastThrown;

    public static void Install() =>
        AppDomain.CurrentDomain.FirstChanceException += (_, e) => _lastThrown = e.Exception;

    public static void ThrowIfReaderFailed(Cable cable)
    {
        var failure = cable.Diagnostics.FirstOrDefault(d => d.Code == "CHN0001");
        if (failure is null) return;
        throw new InvalidOperationException($"The reader failed internally (CHN0001 at line {failure.Line}): {failure.Message}", _lastThrown);
    }
}
