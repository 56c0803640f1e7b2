namespace Chancery.Cli;

/// <summary>The <c>chancery</c> command.</summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    public static int Main(string[] args)
    {
        Console.WriteLine("chancery");
        return args.Length == 0 ? 0 : 0;
    }
}
