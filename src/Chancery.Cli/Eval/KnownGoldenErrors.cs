namespace Chancery.Cli.Eval;

/// <summary>A golden answer that was checked by hand against the cable text and found wrong.</summary>
/// <param name="File">The cable's file name in <c>cables/</c>, e.g. <c>06ASTANA38.txt</c>.</param>
/// <param name="Field">The field (one of <see cref="EvalFields.All"/>).</param>
/// <param name="Reason">What the text says instead, in one sentence.</param>
internal sealed record KnownGoldenError(string File, string Field, string Reason);

/// <summary>
/// Golden answers known to be wrong. Add an entry only after reading the cable text by hand; such cases are
/// counted in their own column of the eval table, never as failures or passes.
/// </summary>
internal static class KnownGoldenErrors
{
    public static readonly IReadOnlyList<KnownGoldenError> All =
    [
        new("09SECTION02OF03QRIPOLI583.txt", EvalFields.ReferenceId,
            "FM AMEMBASSY TRIPOLI and RUEHTRO/AMEMBASSY TRIPOLI: the text says 09TRIPOLI583; the Q comes from the damaged classification line '03QRIPOLI 000583'."),
        new("08SECTION01GF02BISHIEK21.txt", EvalFields.ReferenceId,
            "DE RUEHEK #1021 and FM AMEMBASSY BISHKEK: the text says 08BISHKEK1021; the published id comes from the damaged line 'BISHIEK 00Q021'."),
        new("09TRIPOLI795.txt", EvalFields.Subject,
            "The published title is a paragraph of the body; the SUBJECT line reads 'LIBYA'S CHEMICAL WEAPONS DESTRUCTION CHIEF DEFENDS EXTENSION REQUEST'."),
        new("08REYKJAVIK37.txt", EvalFields.Subject,
            "The published title is a sentence of the body; the SUBJECT line reads 'REYKJAVIK: NOMINATION FOR FSI ENERGY SEMINAR PE228'."),
    ];

    private static readonly Dictionary<(string, string), KnownGoldenError> ByFileAndField =
        All.ToDictionary(e => (e.File, e.Field));

    public static KnownGoldenError? Find(string file, string field) => ByFileAndField.GetValueOrDefault((file, field));
}
