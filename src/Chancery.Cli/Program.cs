using System.Text;

namespace Chancery.Cli;

/// <summary>The <c>chancery</c> command.</summary>
public static class Program
{
    /// <summary>Entry point: runs <see cref="CliApp"/> over the process's standard streams.</summary>
    public static int Main(string[] args)
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8, 1 << 16);
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
