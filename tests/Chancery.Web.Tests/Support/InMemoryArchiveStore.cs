using System.Runtime.CompilerServices;
using Chancery.Archive;
using Chancery.Archive.Query;
using Chancery.Cables;

namespace Chancery.Web.Tests.Support;

/// <summary>
/// A test double of <see cref="IArchiveStore"/> held in memory: naive word matching over subject and body, the
/// query filters, facets, snippets with highlights, versions and the reference graph. Good enough to drive the web
/// layer; the real stores have their own suite.
/// </summary>
public sealed class InMemoryArchiveStore(TimeProvider? time = null) : IArchiveStore
{
    private readonly Dictionary<string, List<CableVersion>> _versions = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string?> _published = new(StringComparer.OrdinalIgnoreCase);
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly Lock _lock = new();

    public string Description => "in-memory test archive";

    /// <summary>When set, every read throws it (to test how the site reports an unusable archive).</summary>
    public Exception? Failure { get; set; }

    public Task<IReadOnlyList<SaveOutcome>> SaveBatchAsync(IReadOnlyList<IncomingCable> batch, CancellationToken cancellationToken = default)
    {
        var outcomes = new List<SaveOutcome>();
        lock (_lock)
        {
            foreach (var incoming in batch)
            {
                if (!_versions.TryGetValue(incoming.ReferenceId, out var versions))
                {
                    _versions[incoming.ReferenceId] = versions = [];
                    _published[incoming.ReferenceId] = incoming.PublishedId;
                }
                if (versions.Any(v => v.RawText == incoming.RawText))
                {
                    outcomes.Add(SaveOutcome.Unchanged);
                    continue;
                }
                versions.Add(new CableVersion(versions.Count + 1, _time.GetUtcNow(), incoming.Source, incoming.RawText, incoming.Cable));
                outcomes.Add(versions.Count == 1 ? SaveOutcome.Added : SaveOutcome.Updated);
            }
        }
        return Task.FromResult<IReadOnlyList<SaveOutcome>>(outcomes);
    }

    private List<ArchivedCable> Latest()
    {
        if (Failure is { } failure) throw failure;
        lock (_lock)
        {
            return _versions.Select(p => new ArchivedCable(p.Key, _published[p.Key], p.Value[^1].Cable, p.Value[^1].RawText, p.Value.Count, p.Value.Count))
                .ToList();
        }
    }

    public Task<SearchResults> SearchAsync(SearchRequest request, Principal principal, CancellationToken cancellationToken = default)
    {
        var words = Words(request.Query).ToList();
        var matches = Latest().Where(c => Matches(request.Query, c)).ToList();
        IEnumerable<ArchivedCable> ordered = request.Sort switch
        {
            SearchSort.Date => matches.OrderBy(c => c.Cable.Created).ThenBy(c => c.ReferenceId, StringComparer.Ordinal),
            SearchSort.DateDescending => matches.OrderByDescending(c => c.Cable.Created).ThenBy(c => c.ReferenceId, StringComparer.Ordinal),
            _ => matches.OrderByDescending(c => Score(c, words)).ThenByDescending(c => c.Cable.Created).ThenBy(c => c.ReferenceId, StringComparer.Ordinal),
        };
        var page = ordered.Skip((request.Page - 1) * request.Limit).Take(request.Limit).Select(c => Hit(c, words)).ToList();
        var facets = new SearchFacets(
            Count(matches.SelectMany(c => c.Cable.Tags), request.FacetLimit),
            Count(matches.Select(c => c.Cable.Origin).OfType<string>(), request.FacetLimit),
            Count(matches.Select(c => c.Cable.Classification).OfType<Classification>().Select(Names.Of), request.FacetLimit),
            Count(matches.SelectMany(c => c.Cable.Captions), request.FacetLimit),
            InOrder(matches.Select(c => c.Cable.Created?.ToString("yyyy")).OfType<string>()),
            InOrder(matches.Select(c => c.Cable.Created?.ToString("yyyy-MM")).OfType<string>()));
        return Task.FromResult(new SearchResults(matches.Count, page, facets));
    }

    private static List<CountRow> Count(IEnumerable<string> values, int limit) =>
        values.GroupBy(v => v).Select(g => new CountRow(g.Key, g.LongCount()))
            .OrderByDescending(r => r.Count).ThenBy(r => r.Value, StringComparer.Ordinal).Take(limit).ToList();

    private static List<CountRow> InOrder(IEnumerable<string> values) =>
        values.GroupBy(v => v).Select(g => new CountRow(g.Key, g.LongCount())).OrderBy(r => r.Value, StringComparer.Ordinal).ToList();

    private static IEnumerable<string> Words(QueryNode? node) => node switch
    {
        TermNode t => [t.Word],
        PhraseNode p => p.Words,
        AndNode a => a.Parts.SelectMany(Words),
        OrNode o => o.Parts.SelectMany(Words),
        _ => [],
    };

    private static string Text(Cable c) => (c.Subject + "\n" + c.Body).ToLowerInvariant();

    private static int Score(ArchivedCable c, List<string> words)
    {
        var text = Text(c.Cable);
        return words.Sum(w => CountOf(text, w));
    }

    private static int CountOf(string text, string word)
    {
        var n = 0;
        for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + word.Length, StringComparison.Ordinal)) n++;
        return n;
    }

    private static bool Matches(QueryNode? node, ArchivedCable archived)
    {
        var c = archived.Cable;
        return node switch
        {
            null or AllNode => true,
            TermNode t => (t.Scope == TextScope.Subject ? (c.Subject ?? "").ToLowerInvariant() : Text(c)).Contains(t.Word, StringComparison.Ordinal),
            PhraseNode p => Text(c).Contains(string.Join(' ', p.Words), StringComparison.Ordinal),
            AndNode a => a.Parts.All(p => Matches(p, archived)),
            OrNode o => o.Parts.Any(p => Matches(p, archived)),
            NotNode n => !Matches(n.Part, archived),
            ClassificationNode k => c.Classification == k.Classification,
            DateRangeNode d => c.Created is { } at && (d.From is null || at >= d.From) && (d.Until is null || at < d.Until),
            FilterNode { Field: FilterField.Tag } f => c.Tags.Contains(f.Value, StringComparer.OrdinalIgnoreCase),
            FilterNode { Field: FilterField.Origin } f => string.Equals(c.Origin, f.Value, StringComparison.OrdinalIgnoreCase),
            FilterNode { Field: FilterField.Caption } f => c.Captions.Contains(f.Value, StringComparer.OrdinalIgnoreCase),
            FilterNode { Field: FilterField.Id } f => string.Equals(archived.ReferenceId, f.Value, StringComparison.OrdinalIgnoreCase),
            FilterNode { Field: FilterField.Reference } f => c.References.Any(r => string.Equals(r.ReferenceId, f.Value, StringComparison.OrdinalIgnoreCase)),
            FilterNode { Field: FilterField.Addressee } f => c.To.Concat(c.Info).Any(a =>
                string.Equals(a.RoutingIndicator, f.Value, StringComparison.OrdinalIgnoreCase) || a.Address.Contains(f.Value, StringComparison.OrdinalIgnoreCase)),
            _ => false,
        };
    }

    private static SearchHit Hit(ArchivedCable archived, List<string> words)
    {
        var body = archived.Cable.Body;
        var lower = body.ToLowerInvariant();
        var first = words.Select(w => lower.IndexOf(w, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
        var start = Math.Max(0, first - 60);
        var snippet = body.Substring(start, Math.Min(200, body.Length - start)).ReplaceLineEndings(" ");
        var lowerSnippet = snippet.ToLowerInvariant();
        var highlights = new List<TextRange>();
        foreach (var word in words)
            for (var i = lowerSnippet.IndexOf(word, StringComparison.Ordinal); i >= 0; i = lowerSnippet.IndexOf(word, i + word.Length, StringComparison.Ordinal))
                highlights.Add(new TextRange(i, word.Length));
        var c = archived.Cable;
        return new SearchHit(archived.ReferenceId, c.Created, c.Origin, c.Classification, c.Subject, c.Tags, c.Captions, snippet,
            highlights.OrderBy(h => h.Start).ToEquatableList());
    }

    public Task<ArchivedCable?> GetCableAsync(string referenceId, Principal principal, CancellationToken cancellationToken = default)
    {
        var cable = Latest().FirstOrDefault(c => string.Equals(c.ReferenceId, referenceId, StringComparison.OrdinalIgnoreCase)
                                                 || string.Equals(c.PublishedId, referenceId, StringComparison.OrdinalIgnoreCase));
        if (cable is null || !Releases.TryGetValue(cable.ReferenceId, out var release)) return Task.FromResult(cable);
        // As the real stores redact: a withheld paragraph keeps its place with its text emptied.
        var withheld = release.Withheld.Select(w => w.Index).ToHashSet();
        var paragraphs = cable.Cable.Paragraphs.Select((p, i) => withheld.Contains(i) ? new Paragraph(p.Number, p.Marking, "") : p).ToEquatableList();
        return Task.FromResult<ArchivedCable?>(cable with
        {
            Cable = cable.Cable with { Paragraphs = paragraphs, Subject = withheld.Contains(-1) ? null : cable.Cable.Subject },
            Release = release,
        });
    }

    /// <summary>What <see cref="GetCableAsync"/> reports as withheld or declassified, by reference id (to test how the site shows it).</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, Chancery.Archive.Security.ReleaseInfo> Releases { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Task<IReadOnlyList<CableVersion>> GetVersionsAsync(string referenceId, Principal principal, CancellationToken cancellationToken = default)
    {
        if (Failure is { } failure) throw failure;
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<CableVersion>>(_versions.TryGetValue(referenceId, out var v) ? [.. v] : []);
        }
    }

    public Task<ReferenceLinks?> GetReferencesAsync(string referenceId, Principal principal, CancellationToken cancellationToken = default)
    {
        var all = Latest();
        var cable = all.FirstOrDefault(c => string.Equals(c.ReferenceId, referenceId, StringComparison.OrdinalIgnoreCase));
        if (cable is null) return Task.FromResult<ReferenceLinks?>(null);
        var ids = all.Select(c => c.ReferenceId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var cited = cable.Cable.References.Select(r => r.ReferenceId).OfType<string>().Distinct().ToList();
        var citedBy = all.Where(c => c.Cable.References.Any(r => string.Equals(r.ReferenceId, cable.ReferenceId, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(c => c.Cable.Created).Select(c => c.ReferenceId).ToEquatableList();
        return Task.FromResult<ReferenceLinks?>(new ReferenceLinks(
            cited.Where(ids.Contains).ToEquatableList(), citedBy, cited.Where(id => !ids.Contains(id)).ToEquatableList()));
    }

    public Task<IReadOnlyList<CountRow>> GetStatsAsync(StatsDimension by, QueryNode? query, Principal principal, CancellationToken cancellationToken = default)
    {
        var matches = Latest().Where(c => Matches(query, c)).Select(c => c.Cable).ToList();
        IReadOnlyList<CountRow> rows = by switch
        {
            StatsDimension.Origin => Count(matches.Select(c => c.Origin).OfType<string>(), int.MaxValue),
            StatsDimension.Tag => Count(matches.SelectMany(c => c.Tags), int.MaxValue),
            StatsDimension.Classification => Count(matches.Select(c => c.Classification).OfType<Classification>().Select(Names.Of), int.MaxValue),
            StatsDimension.Caption => Count(matches.SelectMany(c => c.Captions), int.MaxValue),
            StatsDimension.Month => InOrder(matches.Select(c => c.Created?.ToString("yyyy-MM")).OfType<string>()),
            _ => InOrder(matches.Select(c => c.Created?.ToString("yyyy")).OfType<string>()),
        };
        return Task.FromResult(rows);
    }

    public async IAsyncEnumerable<ArchivedCable> ExportAsync(QueryNode? query, Principal principal, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        foreach (var cable in Latest().Where(c => Matches(query, c)).OrderBy(c => c.ReferenceId, StringComparer.Ordinal))
            yield return cable;
    }

    public Task<Chancery.Archive.Security.AccessPolicy> GetPolicyAsync(CancellationToken cancellationToken = default) => Task.FromResult(Chancery.Archive.Security.AccessPolicy.Default);
    public Task SetPolicyAsync(Chancery.Archive.Security.AccessPolicy policy, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    public Task<bool> DeclassifyAsync(string referenceId, string reason, string by, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    public Chancery.Archive.Security.IUserDirectory Users { get; } = new NoUsers();
    public Chancery.Archive.Security.IAuditLog Audit { get; } = new ListAuditLog();

    public Task<ArchiveCounts> CountAsync(CancellationToken cancellationToken = default)
    {
        if (Failure is { } failure) throw failure;
        lock (_lock)
        {
            return Task.FromResult(new ArchiveCounts(_versions.Count, _versions.Values.Sum(v => v.Count)));
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
