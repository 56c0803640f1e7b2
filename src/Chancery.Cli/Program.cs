using System.Text;

namespace Chancery.Cli;

/// <summary>The <c>chancery</c> command.</summary>
public static class Program
{
    /// <summary>Entry point: runs <see cref="CliApp"/> over the process's standard streams.</summary>
    public static int Main(string[] args)
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        // JSON goes to the buffered byte stream under the writer (see CliConsole.WriteUtf8), text through the writer.
        var stdout = new StreamWriter(new BufferedStream(Console.OpenStandardOutput(), 1 << 16), utf8, 1 << 14);
        var stderr = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true };
        var console = new CliConsole(() => new StreamReader(Console.OpenStandardInput(), utf8), stdout, stderr);
        var exit = CliApp.Run(args, console);
        try
        {
            stdout.Flush();
        }
        catch (IOException)
        {
            // The reader of our output went away (e.g. `| head`); nothing left to tell it.
        }
        return exit;
    }
}
