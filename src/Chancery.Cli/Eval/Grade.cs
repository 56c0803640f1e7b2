namespace Chancery.Cli.Eval;

/// <summary>How one field of one cable compared with the golden metadata.</summary>
internal enum Outcome
{
    /// <summary>Ours matches the golden answer (under the field's fairness rules).</summary>
    Pass,

    /// <summary>Ours does not match.</summary>
    Fail,

    /// <summary>No golden answer, or the text cannot state it (e.g. no DTG in the text): not counted.</summary>
    NotGradable,

    /// <summary>Ours differs from the golden answer but agrees with independent evidence in the text itself.</summary>
    Disputed,

    /// <summary>Listed in <see cref="KnownGoldenErrors"/> after checking by hand: not counted.</summary>
    KnownGoldenError,
}

/// <summary>The grade of one field of one cable, with what was compared.</summary>
internal sealed record Grade(Outcome Outcome, string? Expected = null, string? Actual = null, string? Note = null)
{
    public static readonly Grade Ungradable = new(Outcome.NotGradable);

    public static Grade Of(bool pass, string? expected, string? actual, string? note = null) =>
        new(pass ? Outcome.Pass : Outcome.Fail, expected, actual, note);
}
