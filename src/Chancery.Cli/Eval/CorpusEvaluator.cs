using Chancery.Cables;
using Chancery.Cli.Inputs;

namespace Chancery.Cli.Eval;

/// <summary>One graded field of one cable.</summary>
internal sealed record GradedField(string File, string Field, Grade Grade);

/// <summary>The counts of one field over the corpus.</summary>
internal sealed record FieldScore(string Field, int Pass, int Fail, int NotGradable, int Disputed, int KnownGoldenErrors)
{
    public int Graded => Pass + Fail;

    public double? Accuracy => Graded == 0 ? null : (double)Pass / Graded;
}

/// <summary>The result of grading a corpus.</summary>
internal sealed record EvalResult(string Corpus, int Cables, int WithGolden, IReadOnlyList<FieldScore> Scores, IReadOnlyList<GradedField> Grades);

/// <summary>
/// Reads every <c>cables/*.txt</c> of a corpus with <see cref="CableReader"/> and grades it against
/// <c>expected/&lt;same name&gt;.json</c> field by field (see <see cref="FieldGrader"/>).
/// </summary>
internal static class CorpusEvaluator
{
    public static EvalResult Evaluate(string corpus)
    {
        var cablesDir = Path.Combine(corpus, "cables");
        var expectedDir = Path.Combine(corpus, "expected");
        if (!Directory.Exists(cablesDir)) throw new DirectoryNotFoundException($"cannot read '{corpus}': no cables/ folder in it");
        if (!Directory.Exists(expectedDir)) throw new DirectoryNotFoundException($"cannot read '{corpus}': no expected/ folder in it");

        var files = Directory.EnumerateFiles(cablesDir, "*.txt").Order(StringComparer.Ordinal).ToList();
        var reader = new CableReader();
        var grades = new List<GradedField>();
        var withGolden = 0;
        OrderedParallel.Run(files, file => GradeOne(reader, file, expectedDir), graded =>
        {
            if (graded is null) return;
            withGolden++;
            grades.AddRange(graded);
        });

        var scores = EvalFields.All.Select(field =>
        {
            var of = grades.Where(g => g.Field == field).Select(g => g.Grade.Outcome).ToList();
            return new FieldScore(field, of.Count(o => o == Outcome.Pass), of.Count(o => o == Outcome.Fail),
                of.Count(o => o == Outcome.NotGradable), of.Count(o => o == Outcome.Disputed), of.Count(o => o == Outcome.KnownGoldenError));
        }).ToList();
        return new EvalResult(corpus, files.Count, withGolden, scores, grades);
    }

    private static List<GradedField>? GradeOne(CableReader reader, string file, string expectedDir)
    {
        var name = Path.GetFileName(file);
        var expectedPath = Path.Combine(expectedDir, Path.GetFileNameWithoutExtension(file) + ".json");
        if (!File.Exists(expectedPath)) return null;
        var golden = GoldenCable.Load(expectedPath);
        var text = File.ReadAllText(file);
        var cables = reader.ReadAll(text, file);
        var goldenId = GoldenIds.Repair(golden.ReferenceId);
        var ours = cables.FirstOrDefault(c => c.ReferenceId == goldenId) ?? cables.FirstOrDefault() ?? new Cable();
        var grader = new FieldGrader(ours, golden, new TextEvidence(text));
        return EvalFields.All.Select(field =>
        {
            var grade = grader.Grade(field);
            if (grade.Outcome != Outcome.NotGradable && KnownGoldenErrors.Find(name, field) is { } known)
                grade = grade with { Outcome = Outcome.KnownGoldenError, Note = known.Reason };
            return new GradedField(name, field, grade);
        }).ToList();
    }
}
