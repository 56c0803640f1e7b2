namespace Chancery.Cli.Archive;

/// <summary>Range checks of numeric options, done in the action (where defaults are known) with the usual one-line error.</summary>
internal static class OptionRange
{
    /// <summary>True when <paramref name="value"/> is within [<paramref name="min"/>, <paramref name="max"/>]; else one line and false.</summary>
    public static bool Check(CliConsole console, string option, int value, int min, int max)
    {
        if (value >= min && value <= max) return true;
        console.Fail(max == int.MaxValue
            ? $"{option} must be {min} or more (see 'chancery --help')"
            : $"{option} must be between {min} and {max} (see 'chancery --help')");
        return false;
    }
}
