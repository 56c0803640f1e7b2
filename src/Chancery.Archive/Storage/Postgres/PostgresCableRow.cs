using System.Text;

namespace Chancery.Archive.Storage.Postgres;

/// <summary>
/// What the PostgreSQL store adds to a <see cref="CableDocument"/> (shared with the SQLite store, so both index the
/// same tokens and apply the same marking): the token texts padded with spaces for phrase matching, and the
/// tsvector of those tokens in PostgreSQL's text form (subject weight A, body D; the body holds the summary).
/// </summary>
internal sealed class PostgresCableRow
{
    // PostgreSQL's tsvector limits: positions up to 16383, at most 256 positions per lexeme, lexemes under 2 KB,
    // under 1 MB of lexeme text. Phrases are checked on the token texts, so the vectors need few positions.
    private const int MaxPosition = 16383;
    private const int MaxLexemeBytes = 2046;
    private const int MaxLexemeTotalBytes = 1_000_000;

    // The ranking vector: the subject and the start of the body (where the summary is), a few positions per word.
    // Small enough to stay inline in the row, so ranking thousands of matches does not read every cable's whole vector.
    private const int RankBodyTokens = 300;
    private const int RankPositionsPerLexeme = 8;

    private PostgresCableRow(CableDocument document, DateTime? created, IReadOnlyList<PostgresViewRow> views)
    {
        Document = document;
        Created = created;
        Views = views;
    }

    public CableDocument Document { get; }

    /// <summary>The date-time group (UTC) as a timestamp without time zone.</summary>
    public DateTime? Created { get; }

    /// <summary>The cable's release views with their search columns.</summary>
    public IReadOnlyList<PostgresViewRow> Views { get; }

    /// <summary>The DECL date, or null.</summary>
    public DateOnly? DeclassifyDate =>
        Document.DeclassifyDate is { } d ? DateOnly.ParseExact(d, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null;

    public static PostgresCableRow From(CableDocument document)
    {
        var created = CableDocument.ParseDate(document.Created) is { } utc ? DateTime.SpecifyKind(utc, DateTimeKind.Unspecified) : (DateTime?)null;
        return new PostgresCableRow(document, created, [.. document.Views.Select(ViewRow)]);
    }

    /// <summary>The search columns of one view: the matching tsvector in text form (<c>'lexeme':1A ...</c>; the server
    /// casts it: every token once, at its first position, weight A when that is in the subject, so <c>subject:</c> can
    /// ask for weight A), the ranking tsvector (subject A and the first body tokens D), and the padded token texts.</summary>
    public static PostgresViewRow ViewRow(ReleaseView view) => new(
        view,
        Padded(view.SubjectTokens),
        Padded(view.BodyTokens),
        VectorOf(view.SubjectTokens, view.BodyTokens, int.MaxValue, 1),
        VectorOf(view.SubjectTokens, view.BodyTokens, RankBodyTokens, RankPositionsPerLexeme));

    /// <summary>Tokens with a space at each end, so <c>LIKE '% oil pipeline %'</c> finds a phrase anywhere.</summary>
    internal static string Padded(string tokens) => " " + tokens + " ";

    private static string VectorOf(string subjectTokens, string bodyTokens, int maxBodyTokens, int maxPositionsPerLexeme)
    {
        // Tokens are letters and digits only, so nothing in them needs quoting in the text form.
        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var totalBytes = 0;
        var position = 0;
        void Add(string tokens, char weight, int maxTokens)
        {
            foreach (var token in tokens.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(maxTokens))
            {
                position = Math.Min(position + 1, MaxPosition);
                if (!positions.TryGetValue(token, out var list))
                {
                    var bytes = Encoding.UTF8.GetByteCount(token);
                    if (bytes > MaxLexemeBytes || totalBytes + bytes > MaxLexemeTotalBytes) continue;
                    totalBytes += bytes;
                    positions[token] = list = [];
                }
                if (list.Count < maxPositionsPerLexeme && (list.Count == 0 || list[^1] >> 8 < position))
                    list.Add(position << 8 | weight);
            }
            position = Math.Min(position + 1, MaxPosition);
        }
        Add(subjectTokens, 'A', int.MaxValue);
        Add(bodyTokens, 'D', maxBodyTokens);
        var text = new StringBuilder(totalBytes + positions.Count * 12);
        foreach (var (lexeme, list) in positions)
        {
            if (text.Length > 0) text.Append(' ');
            text.Append('\'').Append(lexeme).Append("':");
            for (var i = 0; i < list.Count; i++)
            {
                if (i > 0) text.Append(',');
                text.Append(list[i] >> 8);
                var weight = (char)(list[i] & 0xFF);
                if (weight != 'D') text.Append(weight);
            }
        }
        return text.ToString();
    }
}

/// <summary>One release view with the columns the PostgreSQL store keeps for it.</summary>
internal sealed record PostgresViewRow(ReleaseView View, string SubjectWords, string BodyWords, string Vector, string RankVector);
