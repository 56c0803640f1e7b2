using System.Runtime.CompilerServices;
using Chancery.Archive;
using Chancery.Archive.Query;
using Chancery.Archive.Text;
using Chancery.Cables;

namespace Chancery.Cli.Tests.Archive;

/// <summary>
/// A small in-memory archive for the command-line tests while the real stores are not on this branch: it keeps
/// versions, answers simple queries, facets, stats, references and export the way the contract describes.
/// </summary>
internal sealed class FakeArchiveStore : IArchiveStore
{
    private readonly Dictionary<string, List<(CableVersion Version, string? PublishedId)>> _cables = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public string Description => "fake in-memory archive";

    public Task<IReadOnlyList<SaveOutcome>> SaveBatchAsync(IReadOnlyList<IncomingCable> batch, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var outcomes = new List<SaveOutcome>();
            foreach (var incoming in batch)
            {
                if (!_cables.TryGetValue(incoming.ReferenceId, out var versions))
                    _cables[incoming.ReferenceId] = versions = [];
                if (versions.Any(v => v.Version.RawText == incoming.RawText))
                {
                    outcomes.Add(SaveOutcome.Unchanged);
                    continue;
                }
                versions.Add((new CableVersion(versions.Count + 1, DateTimeOffset.UnixEpoch.AddDays(versions.Count), incoming.Source,
                    incoming.RawText, incoming.Cable), incoming.PublishedId));
                outcomes.Add(versions.Count == 1 ? SaveOutcome.Added : SaveOutcome.Updated);
            }
            return Task.FromResult<IReadOnlyList<SaveOutcome>>(outcomes);
        }
    }

    public Task<SearchResults> SearchAsync(SearchRequest request, Principal principal, CancellationToken cancellationToken = default)
    {
        var matches = Matching(request.Query).ToList();
        var ordered = request.Sort == SearchSort.Date
            ? matches.OrderBy(c => c.Cable.Created).ToList()
            : matches.OrderByDescending(c => c.Cable.Created).ToList();
        var words = Words(request.Query).ToList();
        var page = ordered.Skip((request.Page - 1) * request.Limit).Take(request.Limit).Select(c => Hit(c, words)).ToList();
        var facets = new SearchFacets(
            Count(matches.SelectMany(c => c.Cable.Tags)),
            Count(matches.Select(c => c.Cable.Origin).OfType<string>()),
            Count(matches.Select(c => c.Cable.Classification).OfType<Classification>().Select(Names.Of)),
            Count(matches.SelectMany(c => c.Cable.Captions)),
            Count(matches.Select(c => c.Cable.Created?.ToString("yyyy")).OfType<string>()).OrderBy(r => r.Value).ToList(),
            Count(matches.Select(c => c.Cable.Created?.ToString("yyyy-MM")).OfType<string>()).OrderBy(r => r.Value).ToList());
        return Task.FromResult(new SearchResults(matches.Count, page, facets));
    }

    public Task<ArchivedCable?> GetCableAsync(string referenceId, Principal principal, CancellationToken cancellationToken = default) =>
        Task.FromResult(Find(referenceId) is { } id ? Latest(id) : null);

    public Task<IReadOnlyList<CableVersion>> GetVersionsAsync(string referenceId, Principal principal, CancellationToken cancellationToken = default)
    {
        lock (_lock)
            return Task.FromResult<IReadOnlyList<CableVersion>>(Find(referenceId) is { } id ? _cables[id].Select(v => v.Version).ToList() : []);
    }

    public Task<ReferenceLinks?> GetReferencesAsync(string referenceId, Principal principal, CancellationToken cancellationToken = default)
    {
        if (Find(referenceId) is not { } id) return Task.FromResult<ReferenceLinks?>(null);
        var cited = Latest(id)!.Cable.References.Select(r => r.ReferenceId).OfType<string>().Distinct().ToList();
        var all = All().ToList();
        var citedBy = all.Where(c => c.Cable.References.Any(r => r.ReferenceId == id)).Select(c => c.ReferenceId).ToEquatableList();
        return Task.FromResult<ReferenceLinks?>(new ReferenceLinks(
            cited.Where(r => _cables.ContainsKey(r)).ToEquatableList(), citedBy, cited.Where(r => !_cables.ContainsKey(r)).ToEquatableList()));
    }

    public Task<IReadOnlyList<CountRow>> GetStatsAsync(StatsDimension by, QueryNode? query, Principal principal, CancellationToken cancellationToken = default)
    {
        var matches = Matching(query).Select(c => c.Cable).ToList();
        IReadOnlyList<CountRow> rows = by switch
        {
            StatsDimension.Tag => Count(matches.SelectMany(c => c.Tags)),
            StatsDimension.Origin => Count(matches.Select(c => c.Origin).OfType<string>()),
            StatsDimension.Classification => Count(matches.Select(c => c.Classification).OfType<Classification>().Select(Names.Of)),
            StatsDimension.Caption => Count(matches.SelectMany(c => c.Captions)),
            StatsDimension.Month => Count(matches.Select(c => c.Created?.ToString("yyyy-MM")).OfType<string>()).OrderBy(r => r.Value).ToList(),
            _ => Count(matches.Select(c => c.Created?.ToString("yyyy")).OfType<string>()).OrderBy(r => r.Value).ToList(),
        };
        return Task.FromResult(rows);
    }

    public async IAsyncEnumerable<ArchivedCable> ExportAsync(QueryNode? query, Principal principal, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var cable in Matching(query).OrderBy(c => c.ReferenceId, StringComparer.Ordinal))
        {
            await Task.Yield();
            yield return cable;
        }
    }

    public Task<ArchiveCounts> CountAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock)
            return Task.FromResult(new ArchiveCounts(_cables.Count, _cables.Values.Sum(v => v.Count)));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private string? Find(string id)
    {
        lock (_lock)
        {
            if (_cables.ContainsKey(id)) return id;
            return _cables.FirstOrDefault(c => c.Value.Any(v => v.PublishedId == id)).Key;
        }
    }

    private ArchivedCable? Latest(string id)
    {
        lock (_lock)
        {
            var versions = _cables[id];
            var (latest, published) = versions[^1];
            return new ArchivedCable(id, published, latest.Cable, latest.RawText, latest.Number, versions.Count);
        }
    }

    private IEnumerable<ArchivedCable> All()
    {
        List<string> ids;
        lock (_lock) ids = [.. _cables.Keys];
        return ids.Select(id => Latest(id)!);
    }

    private IEnumerable<ArchivedCable> Matching(QueryNode? query) => All().Where(c => Matches(query ?? AllNode.Instance, c.Cable));

    private static bool Matches(QueryNode node, Cable cable) => node switch
    {
        AllNode => true,
        TermNode t => Tokens(cable, t.Scope).Any(w => t.Prefix ? w.StartsWith(t.Word, StringComparison.Ordinal) : w == t.Word),
        PhraseNode p => string.Join(' ', Tokens(cable, p.Scope)).Contains(string.Join(' ', p.Words), StringComparison.Ordinal),
        AndNode a => a.Parts.All(p => Matches(p, cable)),
        OrNode o => o.Parts.Any(p => Matches(p, cable)),
        NotNode n => !Matches(n.Part, cable),
        ClassificationNode c => cable.Classification == c.Classification,
        DateRangeNode d => cable.Created is { } at && (d.From is null || at >= d.From) && (d.Until is null || at < d.Until),
        FilterNode { Field: FilterField.Tag } f => cable.Tags.Contains(f.Value),
        FilterNode { Field: FilterField.Origin } f => cable.Origin == f.Value,
        FilterNode { Field: FilterField.Caption } f => cable.Captions.Contains(f.Value),
        FilterNode { Field: FilterField.Id } f => cable.ReferenceId == f.Value,
        FilterNode { Field: FilterField.Reference } f => cable.References.Any(r => r.ReferenceId == f.Value),
        _ => false,
    };

    private static IEnumerable<string> Tokens(Cable cable, TextScope scope) =>
        SearchTokenizer.Tokens(scope == TextScope.Subject ? cable.Subject ?? "" : (cable.Subject + " " + cable.Body));

    private static IEnumerable<string> Words(QueryNode? node) => node switch
    {
        TermNode t => [t.Word],
        PhraseNode p => p.Words,
        AndNode a => a.Parts.SelectMany(Words),
        OrNode o => o.Parts.SelectMany(Words),
        _ => [],
    };

    private static SearchHit Hit(ArchivedCable archived, List<string> words)
    {
        var cable = archived.Cable;
        var body = cable.Body.ReplaceLineEndings(" ");
        var snippet = body.Length > 160 ? body[..160] : body;
        var highlights = new List<TextRange>();
        foreach (var word in words)
        {
            var at = snippet.IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (at >= 0) highlights.Add(new TextRange(at, word.Length));
        }
        return new SearchHit(archived.ReferenceId, cable.Created, cable.Origin, cable.Classification, cable.Subject, cable.Tags,
            cable.Captions, snippet, highlights.ToEquatableList());
    }

    private static List<CountRow> Count(IEnumerable<string> values) =>
        values.GroupBy(v => v).Select(g => new CountRow(g.Key, g.Count()))
            .OrderByDescending(r => r.Count).ThenBy(r => r.Value, StringComparer.Ordinal).ToList();
}
