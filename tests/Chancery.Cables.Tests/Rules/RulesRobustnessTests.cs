namespace Chancery.Cables.Tests.Rules;

/// <summary>Cables assembled at random (seeded) from odd parts: the rules never throw and every position is 1-based.</summary>
public class RulesRobustnessTests
{
    private static readonly string?[] Strings = [null, "", " ", "SECSTATE WASHDC", "amembassy  almaty", "(S/NF)", "NOFORN, SIPDIS", "EXDIS", "25X1", "04/31/2016", "2006-04-23", "DNG:", "(", "RUEHC", "ZEN", "ZNR", "ZNY CCCCC", "\u00A0", "PGVO", "ETRDEINVPGOVKZ", "OVIP (X, Y)", "K", "Q"];
    private static readonly DateTime?[] Dates = [null, DateTime.MinValue, DateTime.MaxValue, new(2006, 12, 31, 23, 59, 0), new(2008, 2, 29, 0, 0, 0), new(1973, 3, 1, 12, 0, 0)];

    [Fact]
    public void RandomCablesNeverBreakTheRules()
    {
        var random = new Random(20061231);
        for (var i = 0; i < 3000; i++)
        {
            var cable = RandomCable(random);
            var text = random.Next(3) == 0 ? null : string.Join(random.Next(2) == 0 ? "\n" : "\r\n", Enumerable.Range(0, random.Next(30)).Select(_ => Pick(random, Strings) ?? "").Concat([CleanCable.Text]));
            var findings = CableRules.Check(cable, text);
            Assert.All(findings, d => Assert.True(d.Line >= 1 && d.Column >= 1, d.ToString()));
        }
    }

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    private static string Text(Random random) => Pick(random, Strings) ?? "";

    private static EquatableList<string> Texts(Random random) => [.. Enumerable.Range(0, random.Next(4)).Select(_ => Text(random))];

    private static Addressee RandomAddressee(Random random) => new(
        Pick(random, Strings), Text(random),
        random.Next(3) == 0 ? null : (Precedence)random.Next(4), random.Next(2) == 0, random.Next(3) == 0 ? null : random.Next(-5, 10000));

    private static EquatableList<Addressee> Addressees(Random random) => [.. Enumerable.Range(0, random.Next(5)).Select(_ => RandomAddressee(random))];

    private static Cable RandomCable(Random random) => new()
    {
        Serial = random.Next(3) == 0 ? null : random.Next(-10, 1_000_000),
        Created = Pick(random, Dates),
        Precedence = random.Next(3) == 0 ? null : (Precedence)random.Next(4),
        Classification = random.Next(4) == 0 ? null : (Classification)random.Next(5),
        Captions = Texts(random),
        Sections = random.Next(2) == 0 ? null : new SectionInfo(Pick(random, (int[])[-1, 0, 1, 3, int.MaxValue]), [.. Enumerable.Range(0, random.Next(4)).Select(_ => random.Next(-2, 5))]),
        Transmission = random.Next(4) == 0 ? null : new Transmission
        {
            RoutingPrecedence = random.Next(3) == 0 ? null : (Precedence)random.Next(4),
            RoutingIndicators = Texts(random),
            OriginatingStation = Pick(random, Strings),
            StationSerial = random.Next(3) == 0 ? null : random.Next(-1, 10000),
            Section = random.Next(2) == 0 ? null : random.Next(-1, 5),
            FilingTime = random.Next(3) == 0 ? null : new FilingTime(random.Next(-1, 400), 0, 0),
            SecurityWarning = random.Next(3) == 0 ? null : (Classification)random.Next(5),
            SecurityWarningText = Pick(random, Strings),
        },
        From = random.Next(3) == 0 ? null : RandomAddressee(random),
        To = Addressees(random),
        Info = Addressees(random),
        Exempted = Addressees(random),
        ExecutiveOrder = random.Next(3) == 0 ? null : new ExecutiveOrder(Pick(random, Strings), Pick(random, Strings)),
        ClassifiedBy = random.Next(2) == 0 ? null : new ClassifiedBy(Text(random), []),
        Tags = Texts(random),
        Subject = Pick(random, Strings),
        SubjectMarking = Pick(random, Strings),
        Paragraphs = [.. Enumerable.Range(0, random.Next(4)).Select(_ => new Paragraph(random.Next(10), Pick(random, Strings), Text(random)))],
        Body = Text(random),
    };
}
