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
        new("05LIMA3609.txt", EvalFields.Created,
            "The text under this id is another cable, LIMA 003571 stamped 2005-08-17T21:24; the published date belongs to LIMA 3609."),
        new("08CONAKRY184.txt", EvalFields.Created,
            "The preamble line reads 'R 121241Z MAY 08' (DE RUEHRY #0184/01 1331241: day 133 is 12 May): the published 6 March is not in the text."),
        new("08STOCKHOLM748.txt", EvalFields.Created,
            "The preamble line reads 'R 101632Z NOV 08': the published 7 November is not in the text."),
        new("09RANGOON378.txt", EvalFields.Created,
            "The preamble line reads 'O 190706Z JUN 09': hour 07, not the published 05."),
        new("73TEHRAN2077.txt", EvalFields.References,
            "The text has no REF line at all; the published reference comes from the database, not from anything the cable states."),
        new("85BEIRUT1014.txt", EvalFields.References,
            "The text has no REF line at all; the published references come from the database, not from anything the cable states."),
        new("7575LIBREVILLE1895.txt", EvalFields.References,
            "The REF line reads 'STATE 272523; USUN 6028': the published list leaves out the second reference."),
        new("05PARIS7835.txt", EvalFields.References,
            "The REF list has '(C) PARIS 7527' as its third entry: the published list leaves it out."),
        new("09UNVIEVIENNA553.txt", EvalFields.References,
            "The cable's DTG is 091343Z DEC 09 and its REF reads 'UNVIE 544': a 2009 cable cannot cite a 2010 one, so the year is 09."),
    ];

    private static readonly Dictionary<(string, string), KnownGoldenError> ByFileAndField =
        All.ToDictionary(e => (e.File, e.Field));

    public static KnownGoldenError? Find(string file, string field) => ByFileAndField.GetValueOrDefault((file, field));
}
