using System.Text;

namespace Chancery.Cli;

/// <summary>The standard streams a run of the CLI uses; tests inject their own.</summary>
/// <param name="OpenInput">Opens standard input (called only when a path is <c>-</c>).</param>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
internal sealed record CliConsole(Func<TextReader> OpenInput, TextWriter Out, TextWriter Error)
{
    /// <summary>Writes UTF-8 bytes to standard output, straight to the stream when there is one.</summary>
    public void WriteUtf8(ReadOnlySpan<byte> utf8)
    {
        if (Out is StreamWriter { BaseStream: var stream } writer)
        {
            writer.Flush();
            stream.Write(utf8);
        }
        else
        {
            Out.Write(Encoding.UTF8.GetString(utf8));
        }
    }

    /// <summary>Writes one <c>chancery: message</c> line to standard error.</summary>
    public void Fail(string message) => Error.WriteLine("chancery: " + message);
}
