using Chancery.Cli.Eval;

namespace Chancery.Cli.Tests;

/// <summary>
/// Holds the reader to the accuracy the cable issue asks for, graded by <c>chancery eval</c>'s fair comparison
/// over the developer corpus (skipped where the corpus is absent).
/// </summary>
public class ReaderAccuracyTests
{
    private static readonly Lazy<EvalResult?> Result = new(() =>
    {
        var corpus = Environment.GetEnvironmentVariable("CHANCERY_CORPUS") is { Length: > 0 } env
            ? env
            : Path.Combine(ParseCommandTests.RepositoryRoot(), "..", "shared", "corpus");
        return Directory.Exists(Path.Combine(corpus, "cables")) ? CorpusEvaluator.Evaluate(corpus) : null;
    });

    [Theory]
    [InlineData(EvalFields.ReferenceId, 0.995)]
    [InlineData(EvalFields.Created, 0.998)]
    [InlineData(EvalFields.Classification, 0.997)]
    [InlineData(EvalFields.Noforn, 0.997)]
    [InlineData(EvalFields.Sensitive, 0.99)]
    [InlineData(EvalFields.Tags, 0.99)]
    [InlineData(EvalFields.Subject, 0.98)]
    [InlineData(EvalFields.References, 0.90)]
    [InlineData(EvalFields.Origin, 0.995)]
    [InlineData(EvalFields.RecipientsTo, 0.995)]
    [InlineData(EvalFields.RecipientsInfo, 0.995)]
    public void MeetsTheCutOff(string field, double cutOff)
    {
        if (Result.Value is not { } result) { Assert.Skip("no corpus: set CHANCERY_CORPUS or place it at ../shared/corpus"); return; }
        var score = Assert.Single(result.Scores, s => s.Field == field);
        Assert.True(score.Graded > 0, $"{field}: nothing was graded");
        Assert.True(score.Accuracy >= cutOff,
            $"{field}: {score.Accuracy:P2} ({score.Pass} pass, {score.Fail} fail) is below {cutOff:P1}; run 'chancery eval --failures {field}'");
    }
}
