using Chancery.Cables.Reading.Text;

namespace Chancery.Cables.Tests.ReaderTests;

public class ClassificationLineTests
{
    [Theory]
    [InlineData("UNCLAS SECTION 01 OF 02 ASTANA 000038", Classification.Unclassified, "ASTANA", 38, 1, 2)]
    [InlineData("C O N F I D E N T I A L SECTION 02 OF 03 HARARE 006677", Classification.Confidential, "HARARE", 6677, 2, 3)]
    [InlineData("S E C R E T STATE 050524", Classification.Secret, "STATE", 50524, null, null)]
    [InlineData("SECRET USUN NEW YORK 000123", Classification.Secret, "USUNNEWYORK", 123, null, null)]
    [InlineData("LIMITED OFFICIAL USE ROME 01196", Classification.LimitedOfficialUse, "ROME", 1196, null, null)]
    [InlineData("T O P S E C R E T CAIRO 000001", Classification.TopSecret, "CAIRO", 1, null, null)]
    [InlineData("O N F I D E N T I A L SECTION 01 OF 04 PARIS 004247", Classification.Confidential, "PARIS", 4247, 1, 4)]
    [InlineData("C O N F I D E N T I A LCAIRO 000079", Classification.Confidential, "CAIRO", 79, null, null)]
    [InlineData("C O N F I D E N T I A L ECTION 01 OF 02 MANAMA 000492", Classification.Confidential, "MANAMA", 492, 1, 2)]
    [InlineData("\"S E C R E T SECTION 01 OF 02 TEL AVIV 000145", Classification.Secret, "TELAVIV", 145, 1, 2)]
    public void ReadsLevelSectionAndMessageNumber(string line, Classification level, string station, int serial, int? section, int? count)
    {
        var cl = ClassificationLine.TryParse(line);
        Assert.NotNull(cl);
        Assert.Equal(level, cl.Level);
        Assert.Equal(station, cl.Station);
        Assert.Equal(serial, cl.Serial);
        Assert.Equal(section, cl.Section);
        Assert.Equal(count, cl.SectionCount);
    }

    [Fact]
    public void EftoMarksAnUnclassifiedCableSensitive()
    {
        var cl = ClassificationLine.TryParse("UNCLAS E F T O ROME 001196");
        Assert.NotNull(cl);
        Assert.Equal(["SENSITIVE", "EFTO"], cl.Captions);
    }

    [Theory]
    [InlineData("SUBJECT: SECRET TALKS")]
    [InlineData("THE SECRETARY MET")]
    [InlineData("")]
    public void IgnoresOrdinaryText(string line) => Assert.Null(ClassificationLine.TryParse(line));
}

public class TagsTextTests
{
    [Theory]
    [InlineData("EFIN KCRM KDEM PGOV", new[] { "EFIN", "KCRM", "KDEM", "PGOV" })]
    [InlineData("PGOV, PREL, ECON, ZI", new[] { "PGOV", "PREL", "ECON", "ZI" })]
    [InlineData("A;B;C", new[] { "A", "B", "C" })]
    [InlineData("[EFIN](#) [KCRM](#)", new[] { "EFIN", "KCRM" })]
    [InlineData("OVIP (KISSINGER, HENRY A.) PREL", new[] { "OVIP (KISSINGER, HENRY A.)", "PREL" })]
    [InlineData("PREL, GAZA DISENGAGEMENT, KPAL", new[] { "PREL", "GAZA DISENGAGEMENT", "KPAL" })]
    [InlineData("PGOV PGOV prel", new[] { "PGOV", "PREL" })]
    public void ReadsEveryForm(string value, string[] expected)
    {
        var tags = new List<string>();
        TagsText.Parse(value, tags);
        Assert.Equal(expected, tags);
    }
}

public class ReferencesTextTests
{
    [Fact]
    public void ReadsLetteredCablesWithTheCitingYear()
    {
        var refs = ReferencesText.Parse("A) ALMATY 1450, B) ASTANA 33, C) 05 ASTANA 5", 6);
        Assert.Equal(["06ALMATY1450", "06ASTANA33", "05ASTANA5"], refs.Select(r => r.ReferenceId));
        Assert.Equal(["A", "B", "C"], refs.Select(r => r.Label));
    }

    [Fact]
    public void OneEntryNamingTwoSerialsGivesTwoReferencesWithOneLabel()
    {
        var refs = ReferencesText.Parse("A. 09 STATE 12 AND 13 B. CAIRO 2431", 9);
        Assert.Equal(["09STATE12", "09STATE13", "09CAIRO2431"], refs.Select(r => r.ReferenceId));
        Assert.Equal(["A", "A", "B"], refs.Select(r => r.Label));
    }

    [Fact]
    public void TypesReferencesThatAreNotCables()
    {
        var refs = ReferencesText.Parse("A. EMAIL FROM POLOFF OF MAY 5 B. TELCON WITH DESK C. STATE 1234", 8);
        Assert.Equal([ReferenceKind.Email, ReferenceKind.Telcon, ReferenceKind.Cable], refs.Select(r => r.Kind));
        Assert.Null(refs[0].ReferenceId);
    }

    [Theory]
    [InlineData("(A)STATE 071143, (B)BEIJING 5361", 7, new[] { "07STATE71143", "07BEIJING5361" })]
    [InlineData("STATE 162318", 8, new[] { "08STATE162318" })]
    [InlineData("USUN NEW YORK 123", 6, new[] { "06USUNNEWYORK123" })]
    [InlineData("A. ASUNCION 701 (08) B. SECSTATE 12", 9, new[] { "08ASUNCION701", "09STATE12" })]
    [InlineData("08STATE4567", 9, new[] { "08STATE4567" })]
    public void ReadsCableForms(string value, int year, string[] expected) =>
        Assert.Equal(expected, ReferencesText.Parse(value, year).Select(r => r.ReferenceId));
}

public class ExecutiveOrderTextTests
{
    [Theory]
    [InlineData("12958: DECL: 05/19/2031", "12958", "2031-05-19")]
    [InlineData("12958 DECL: 11/29/10", "12958", "2010-11-29")]
    [InlineData("13526: DECL: 2019/12/31", "13526", "2019-12-31")]
    [InlineData("12958: N/A", "12958", "N/A")]
    [InlineData("11652: GDS", "11652", "GDS")]
    [InlineData("12958 DECL: CLOSURE OF ICTY", "12958", "CLOSURE OF ICTY")]
    public void ReadsOrderAndDeclassification(string value, string order, string declassify)
    {
        var eo = ExecutiveOrderText.Parse(value);
        Assert.Equal(order, eo.Order);
        Assert.Equal(declassify, eo.Declassify);
    }
}

public class ClassifiedByTextTests
{
    [Theory]
    [InlineData("ESTH/NP COUNSELOR ROBERT W. DRY, Reasons 1.4 (b) and (d)", "ESTH/NP COUNSELOR ROBERT W. DRY", new[] { "1.4(b)", "1.4(d)" })]
    [InlineData("DCM Roderick Moore, reasons 1.4 (b,d)", "DCM Roderick Moore", new[] { "1.4(b)", "1.4(d)" })]
    [InlineData("AMBASSADOR TOM SMITH FOR REASONS 1.5 (B) AND (D).", "AMBASSADOR TOM SMITH", new[] { "1.5(b)", "1.5(d)" })]
    [InlineData("Charge d'Affaires Carol Urban, Reasons 1.4 b/d", "Charge d'Affaires Carol Urban", new[] { "1.4(b)", "1.4(d)" })]
    public void SplitsWhoFromReasons(string value, string who, string[] reasons)
    {
        var cb = ClassifiedByText.Parse(value);
        Assert.Equal(who, cb.Text);
        Assert.Equal(reasons, cb.Reasons);
    }
}

public class SubjectTextTests
{
    [Theory]
    [InlineData("(SBU) KAZAKHSTAN:  A   TALK", "KAZAKHSTAN: A TALK", "SBU")]
    [InlineData("(S//NF) IRAN", "IRAN", "S//NF")]
    [InlineData("(U) ", null, "U")]
    [InlineData("NO MARK HERE", "NO MARK HERE", null)]
    public void SplitsThePortionMark(string value, string? subject, string? mark)
    {
        var (s, m) = SubjectText.Parse(value);
        Assert.Equal(subject, s);
        Assert.Equal(mark, m);
    }
}
