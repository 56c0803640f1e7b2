using Chancery.Archive.Storage.Sqlite.Fts5;
using Microsoft.Data.Sqlite;

namespace Chancery.Archive.Tests.Sqlite.Fts5;

/// <summary>
/// chancery_collect ranks every row exactly as FTS5's bm25 does (same weights, same statistics), whether row sizes
/// come from memory or from FTS5, keeps only the rows its collector accepts, and fails a statement cleanly when it
/// names no open collector.
/// </summary>
public sealed class CollectMatchesFunctionTests : IDisposable
{
    private static readonly string[] Words =
        ["minister", "embassy", "election", "council", "security", "trade", "oil", "visa", "border", "talks", "press", "army"];

    private static readonly double[] Weights = [4.0, 1.0];

    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public CollectMatchesFunctionTests()
    {
        _connection.Open();
        Execute("CREATE VIRTUAL TABLE t USING fts5(subject, body, content='', contentless_delete=1, tokenize='ascii')");
        var random = new Random(7);
        using var transaction = _connection.BeginTransaction();
        using var insert = _connection.CreateCommand();
        insert.CommandText = "INSERT INTO t(rowid, subject, body) VALUES ($id, $subject, $body)";
        var id = insert.Parameters.Add("$id", SqliteType.Integer);
        var subject = insert.Parameters.Add("$subject", SqliteType.Text);
        var body = insert.Parameters.Add("$body", SqliteType.Text);
        for (var row = 1; row <= 400; row++)
        {
            // Skewed word choice and lengths from 1 to 300 words, so frequencies and lengths both vary.
            string Text(int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => Words[(int)(Math.Pow(random.NextDouble(), 2) * Words.Length)]));
            id.Value = row * 3; // gaps in the row ids
            subject.Value = Text(random.Next(1, 8));
            body.Value = Text(random.Next(1, 300));
            insert.ExecuteNonQuery();
        }
        transaction.Commit();
        Assert.True(CollectMatchesFunction.Register(_connection), "the function could not be registered");
    }

    public static TheoryData<string> Queries() =>
    [
        "minister", "army", "\"minister embassy\"", "visa OR border", "trade AND talks", "minister NOT security",
        "(subject : council)", "bord*", "\"security council\" OR (press NOT oil)", "NEAR(election talks, 3)",
    ];

    [Theory]
    [MemberData(nameof(Queries))]
    public void RanksAreBm25sWithSizesFromMemory(string match) =>
        Assert.Equal(Bm25(match), Collect(match, accept: null, lengths: DocSizes()));

    [Theory]
    [MemberData(nameof(Queries))]
    public void RanksAreBm25sWithSizesFromFts5(string match) =>
        Assert.Equal(Bm25(match), Collect(match, accept: null, lengths: null));

    [Fact]
    public void RowsBeyondOrMissingFromTheSizesAskFts5()
    {
        var partial = DocSizes()[..600];
        partial[300] = -1;
        Assert.Equal(Bm25("minister OR army"), Collect("minister OR army", accept: null, lengths: partial));
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void ScansInPartsRankAsOneScan(string match)
    {
        var statistics = new Bm25Statistics();
        var parts = new[] { (0L, 600L), (600L, 601L), (601L, long.MaxValue) }
            .Select(range => new MatchCollector(ranked: true, Weights, null, DocSizes(), statistics, range.Item1, range.Item2))
            .ToList();
        foreach (var part in parts) Run(match, part);
        statistics.Complete();
        var rows = parts.SelectMany(p => p.Rows.ToArray()).ToList();
        var ranks = parts.SelectMany(p => p.Ranks.ToArray()).ToList();
        Assert.Equal(Bm25(match), rows.Select((row, i) => (row, ranks[i])).ToList());
        foreach (var part in parts) part.Dispose();
    }

    [Fact]
    public void OnlyAcceptedRowsAreKept()
    {
        var expected = Bm25("minister").Where(r => r.Row % 2 == 0).ToList();
        var actual = Collect("minister", accept: row => row % 2 == 0, lengths: DocSizes());
        Assert.NotEmpty(actual);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void UnrankedCollectionKeepsRowIdsAlone()
    {
        using var collector = new MatchCollector(ranked: false, Weights, null, null);
        Run("minister", collector);
        Assert.Equal(Bm25("minister").Select(r => r.Row), collector.Rows.ToArray());
        Assert.True(collector.Ranks.IsEmpty);
    }

    [Fact]
    public void AStatementNamingNoOpenCollectorFailsAndTheConnectionLivesOn()
    {
        var collector = new MatchCollector(ranked: true, Weights, null, null);
        collector.Dispose();
        var error = Assert.Throws<SqliteException>(() => Run("minister", collector));
        Assert.Contains("no open collector", error.Message, StringComparison.Ordinal);
        Assert.NotEmpty(Collect("minister", accept: null, lengths: null));
    }

    [Theory]
    [InlineData(new byte[] { 3, 5 }, 8)]
    [InlineData(new byte[] { 0x81, 0x00, 2 }, 130)]
    [InlineData(new byte[0], 0)]
    [InlineData(new byte[] { 0x81 }, -1)]
    public void DocSizeRecordsAreSummedVarints(byte[] record, int tokens) => Assert.Equal(tokens, Fts5DocSize.Total(record));

    private List<(long Row, double Rank)> Bm25(string match)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT rowid, bm25(t, 4.0, 1.0) FROM t WHERE t MATCH $match";
        command.Parameters.AddWithValue("$match", match);
        var rows = new List<(long, double)>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) rows.Add((reader.GetInt64(0), reader.GetDouble(1)));
        Assert.NotEmpty(rows);
        return rows;
    }

    private List<(long Row, double Rank)> Collect(string match, Func<long, bool>? accept, int[]? lengths)
    {
        using var collector = new MatchCollector(ranked: true, Weights, accept, lengths);
        Run(match, collector);
        collector.Statistics.Complete();
        var rows = collector.Rows.ToArray();
        var ranks = collector.Ranks.ToArray();
        return [.. rows.Select((row, i) => (row, ranks[i]))];
    }

    private void Run(string match, MatchCollector collector)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT 1 FROM t WHERE t MATCH $match AND rowid >= $from AND rowid < $until AND {CollectMatchesFunction.Name}(t, $collector)";
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$from", collector.From);
        command.Parameters.AddWithValue("$until", collector.Until);
        command.Parameters.AddWithValue("$collector", collector.Id);
        using var reader = command.ExecuteReader();
        Assert.False(reader.Read(), "the statement yields no rows");
    }

    private int[] DocSizes()
    {
        var sizes = new int[1300];
        Array.Fill(sizes, -1);
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT id, sz FROM t_docsize";
        using var reader = command.ExecuteReader();
        while (reader.Read()) sizes[reader.GetInt64(0)] = Fts5DocSize.Total((byte[])reader.GetValue(1));
        return sizes;
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose() => _connection.Dispose();
}
