using System.Text;

namespace Chancery.Cli.Archive;

/// <summary>Where export writes: a new file (UTF-8, LF) or standard output.</summary>
internal sealed class ExportSink : IAsyncDisposable
{
    private readonly TextWriter _writer;
    private readonly bool _owned;

    private ExportSink(TextWriter writer, bool owned)
    {
        _writer = writer;
        _owned = owned;
    }

    public static ExportSink Open(CliConsole console, string? path)
    {
        if (path is null) return new ExportSink(console.Out, owned: false);
        var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16) { NewLine = "\n" };
        return new ExportSink(writer, owned: true);
    }

    public void WriteLine(string line)
    {
        _writer.Write(line);
        _writer.Write('\n');
    }

    public async ValueTask DisposeAsync()
    {
        if (_owned) await _writer.DisposeAsync();
        else await _writer.FlushAsync();
    }
}
