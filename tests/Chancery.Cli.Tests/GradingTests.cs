using System.Text.Json;
using Chancery.Cables;
using Chancery.Cli.Eval;

namespace Chancery.Cli.Tests;

public class GradingTests
{
    private static GoldenCable Golden(string kind, object fields, string id = "07REYKJAVIK101") =>
        new(id, [new GoldenSource(kind, JsonSerializer.SerializeToElement(fields))]);

    private static Grade GradeOf(string field, Cable ours, GoldenCable golden, string text = Fixtures.RawCable) =>
        new FieldGrader(ours, golden, new TextEvidence(text)).Grade(field);

    [Theory]
    [InlineData("7575LIBREVILLE1895", "75LIBREVILLE1895")]
    [InlineData("08EFTOLONDON2883", "08LONDON2883")]
    [InlineData("08ECTION01OF02MANAMA492", "08MANAMA492")]
    [InlineData("08SCTION02OF02SAOPAULO335", "08SAOPAULO335")]
    [InlineData("85NOFORNMOGADISHU1643", "85MOGADISHU1643")]
    [InlineData("06ASTANA38", "06ASTANA38")]
    [InlineData("not an id", "not an id")]
    public void MalformedGoldenIdsAreRepaired(string raw, string repaired) => Assert.Equal(repaired, GoldenIds.Repair(raw));

    [Theory]
    [InlineData("ICELAND: FISHERIES MINISTRY OUTLINES COD", "ICELAND: FISHERIES MINISTRY OUTLINES COD QUOTA CUT", true)]
    [InlineData("ICELAND: FISHERIES MINISTRY OUTLINES CO", "ICELAND: FISHERIES MINISTRY OUTLINES COD QUOTA CUT", false)]
    [InlineData("Iceland: fisheries  ministry", "ICELAND: FISHERIES MINISTRY OUTLINES", true)]
    [InlineData("ICELAND: XXXXXXXXXXXX MEETS MINISTER", "ICELAND: FORMER MAYOR MEETS MINISTER ON QUOTAS", true)]
    [InlineData("ICELAND: <BR>COD QUOTA", "ICELAND: COD QUOTA", true)]
    [InlineData("C) ICELAND: COD QUOTA", "ICELAND: COD QUOTA", true)]
    [InlineData("ICELAND: COD QUOTA REF: A. STATE 12", "ICELAND: COD QUOTA", true)]
    [InlineData("ICELAND: COD QUOTA", "ICELAND: COD QUOTA (C-AL9-01786)", true)]
    [InlineData("ICELAND: COD QUOTA", "MALTA: COD QUOTA", false)]
    [InlineData("ICELAND &amp; MALTA", "ICELAND & MALTA: FISH", true)]
    public void SubjectTitleIsAPrefixAtAWordBoundary(string golden, string ours, bool pass) =>
        Assert.Equal(pass ? Outcome.Pass : Outcome.Fail, SubjectMatch.CompareTitle(golden, ours).Outcome);

    [Fact]
    public void MissingSubjectFailsAgainstATitle() => Assert.Equal(Outcome.Fail, SubjectMatch.CompareTitle("ICELAND", null).Outcome);

    [Fact]
    public void CablemapEmptySubjectMeansNone()
    {
        Assert.Equal(Outcome.Pass, SubjectMatch.CompareWhole("", null).Outcome);
        Assert.Equal(Outcome.Fail, SubjectMatch.CompareWhole("", "SOMETHING").Outcome);
        Assert.Equal(Outcome.Pass, SubjectMatch.CompareWhole("COD  QUOTA", "COD QUOTA").Outcome);
        Assert.Equal(Outcome.Fail, SubjectMatch.CompareWhole("COD QUOTA CUT", "COD QUOTA").Outcome);
    }

    private const string TagsText = "TAGS: PREL PGOV ECON\n   KDEM IC\nSUBJECT: X\n";

    [Theory]
    [InlineData(new[] { "PREL", "PGOV", "ECON" }, new[] { "PREL", "PGOV", "ECON", "KDEM", "IC" }, true)] // continuation line
    [InlineData(new[] { "PREL", "PGOV", "ECON" }, new[] { "PREL", "PGOV" }, false)]                      // a word missing
    [InlineData(new[] { "PREL", "PGOV", "ECON" }, new[] { "PREL", "PGOV", "ECON", "MARR" }, false)]      // extra word not in the field
    [InlineData(new[] { "OVIP", "CLINTON", "HILLARY" }, new[] { "OVIP (CLINTON, HILLARY)" }, true)]       // person tag split into words
    [InlineData(new[] { "ECONEFIN" }, new[] { "ECON", "EFIN" }, true)]                                   // WikiLeaks ran tags together
    public void TagsAreComparedAsWords(string[] golden, string[] ours, bool pass) =>
        Assert.Equal(pass ? Outcome.Pass : Outcome.Fail, TagWords.Compare(golden, ours, new TextEvidence(TagsText).TagsFieldWords).Outcome);

    [Fact]
    public void TextEvidenceFindsDtgEnvelopeAndClassificationLine()
    {
        var evidence = new TextEvidence(Fixtures.RawCable);
        Assert.True(evidence.HasDtg);
        Assert.Equal(Classification.Unclassified, evidence.EnvelopeLevel);
        Assert.Equal(Classification.Unclassified, evidence.ClassificationLineLevel);
        var spaced = new TextEvidence("FM SECRETARY OF STATE\nS E C R E T SECTION 01 OF 02 STATE 000123\n");
        Assert.False(spaced.HasDtg);
        Assert.Null(spaced.EnvelopeLevel);
        Assert.Equal(Classification.Secret, spaced.ClassificationLineLevel);
    }

    [Fact]
    public void CreatedIsNotGradableWithoutADtgUnlessTheReaderFoundOne()
    {
        var golden = Golden(GoldenSource.WikiLeaks, new { created = "2002-05-01 09:09" });
        const string text = "CONFIDENTIAL VALLETTA 000055\nSUBJECT: X\n";
        Assert.Equal(Outcome.NotGradable, GradeOf(EvalFields.Created, new Cable(), golden, text).Outcome);
        var found = new Cable { Created = new DateTime(2002, 5, 1, 9, 45, 0, DateTimeKind.Utc) };
        Assert.Equal(Outcome.Pass, GradeOf(EvalFields.Created, found, golden, text).Outcome);
        Assert.Equal(Outcome.Fail, GradeOf(EvalFields.Created, new Cable(), golden).Outcome);
    }

    [Fact]
    public void CreatedMinutesCountOnlyForCablesCsv()
    {
        var ours = new Cable { Created = new DateTime(1966, 12, 28, 18, 48, 0, DateTimeKind.Utc) };
        Assert.Equal(Outcome.Pass, GradeOf(EvalFields.Created, ours, Golden(GoldenSource.WikiLeaks, new { created = "1966-12-28 18:06" })).Outcome);
        Assert.Equal(Outcome.Fail, GradeOf(EvalFields.Created, ours, Golden(GoldenSource.CablesCsv, new { created = "12/28/1966 18:40" })).Outcome);
        Assert.Equal(Outcome.Pass, GradeOf(EvalFields.Created, ours, Golden(GoldenSource.CablesCsv, new { created = "12/28/1966 18:48" })).Outcome);
    }

    [Fact]
    public void LevelContradictedByTheTextIsDisputedNotFailed()
    {
        var golden = Golden(GoldenSource.WikiLeaks, new { classification = "SECRET//NOFORN" });
        Assert.Equal(Outcome.Disputed, GradeOf(EvalFields.Classification, new Cable { Classification = Classification.Unclassified }, golden).Outcome);
        Assert.Equal(Outcome.Fail, GradeOf(EvalFields.Classification, new Cable { Classification = Classification.Confidential }, golden).Outcome);
        Assert.Equal(Outcome.Pass, GradeOf(EvalFields.Classification, new Cable { Classification = Classification.Secret }, golden).Outcome);
    }

    [Fact]
    public void NofornMissedIsAFailureWhenTheTextSaysIt()
    {
        var golden = Golden(GoldenSource.WikiLeaks, new { classification = "CONFIDENTIAL//NOFORN" });
        const string text = "C O N F I D E N T I A L MONTEVIDEO 000388\n\nNOFORN\nSUBJECT: X\n";
        Assert.Equal(Outcome.Fail, GradeOf(EvalFields.Noforn, new Cable(), golden, text).Outcome);
        Assert.Equal(Outcome.Pass, GradeOf(EvalFields.Noforn, new Cable { Captions = ["NOFORN"] }, golden, text).Outcome);
        Assert.Equal(Outcome.Disputed, GradeOf(EvalFields.Noforn, new Cable(), golden, "CONFIDENTIAL X 1\nSUBJECT: X\n").Outcome);
        var plain = Golden(GoldenSource.WikiLeaks, new { classification = "CONFIDENTIAL" });
        Assert.Equal(Outcome.Disputed, GradeOf(EvalFields.Noforn, new Cable { Captions = ["NOFORN"] }, plain, text).Outcome);
    }

    [Fact]
    public void SensitiveIsGradedOnUnclassifiedCablesOnly()
    {
        var fouo = Golden(GoldenSource.WikiLeaks, new { classification = "UNCLASSIFIED//FOR OFFICIAL USE ONLY" });
        const string text = "UNCLAS WELLINGTON 000077\n\nSENSITIVE\nSUBJECT: X\n";
        Assert.Equal(Outcome.Pass, GradeOf(EvalFields.Sensitive, new Cable { Captions = ["SENSITIVE"] }, fouo, text).Outcome);
        Assert.Equal(Outcome.Fail, GradeOf(EvalFields.Sensitive, new Cable(), fouo, text).Outcome);
        var secret = Golden(GoldenSource.WikiLeaks, new { classification = "SECRET" });
        Assert.Equal(Outcome.NotGradable, GradeOf(EvalFields.Sensitive, new Cable { Captions = ["SENSITIVE"] }, secret, text).Outcome);
    }

    [Fact]
    public void ReferencesToItselfAreNotCounted()
    {
        var golden = Golden(GoldenSource.CablesCsv, new { references = new[] { "07STATE61218" } });
        var ours = new Cable
        {
            ReferenceId = "07REYKJAVIK101",
            References = [new Reference("A", "STATE 61218", ReferenceKind.Cable, "07STATE61218"), new Reference("B", "REYKJAVIK 101", ReferenceKind.Cable, "07REYKJAVIK101")],
        };
        Assert.Equal(Outcome.Pass, GradeOf(EvalFields.References, ours, golden).Outcome);
        var missing = GradeOf(EvalFields.References, ours with { References = [] }, golden);
        Assert.Equal(Outcome.Fail, missing.Outcome);
        Assert.Equal("missing 07STATE61218", missing.Note);
    }

    [Fact]
    public void OriginMatchesTheGoldenIdStationOrTheOriginName()
    {
        var golden = Golden(GoldenSource.WikiLeaks, new { origin = "Embassy Abu Dhabi", reference_id = "10ABUDHABI69" }, "10ABUDHABI69");
        Assert.Equal(Outcome.Pass, GradeOf(EvalFields.Origin, new Cable { Origin = "ABUDHABI" }, golden).Outcome);
        Assert.Equal(Outcome.Fail, GradeOf(EvalFields.Origin, new Cable { Origin = "DUBAI" }, golden).Outcome);
        var state = Golden(GoldenSource.WikiLeaks, new { origin = "Secretary of State" }, "");
        Assert.Equal(Outcome.Pass, GradeOf(EvalFields.Origin, new Cable { Origin = "STATE" }, state).Outcome);
    }

    [Fact]
    public void RecipientsCompareAddressAndWhatCablemapStates()
    {
        var golden = Golden(GoldenSource.Cablemap, new { recipients_to = new[] { new { route = "RUEHC", name = "SECSTATE WASHDC", precedence = "IMMEDIATE", mcn = "4696" } } });
        var right = new Cable { To = [new Addressee("RUEHC", "SECSTATE  WASHDC", Precedence.Immediate, Sequence: 4696)] };
        Assert.Equal(Outcome.Pass, GradeOf(EvalFields.RecipientsTo, right, golden).Outcome);
        Assert.Equal(Outcome.Fail, GradeOf(EvalFields.RecipientsTo, right with { To = [new Addressee("RUEHC", "SECSTATE WASHDC", Precedence.Priority, Sequence: 4696)] }, golden).Outcome);
        Assert.Equal(Outcome.NotGradable, GradeOf(EvalFields.RecipientsInfo, right, golden).Outcome);
    }

    [Fact]
    public void ReferenceIdIsGradedAgainstTheRepairedGoldenId()
    {
        var golden = Golden(GoldenSource.WikiLeaks, new { reference_id = "08EFTOLONDON2883" }, "08EFTOLONDON2883");
        var grade = GradeOf(EvalFields.ReferenceId, new Cable { ReferenceId = "08LONDON2883" }, golden);
        Assert.Equal(Outcome.Pass, grade.Outcome);
        Assert.Equal("published id 08EFTOLONDON2883 repaired", grade.Note);
    }
}
