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
    // under 1 MB of lexeme text. Positions only serve ranking here; phrases are checked on the token texts.
    private const int MaxPosition = 16383;
    private const int MaxPositionsPerLexeme = 256;
    private const int MaxLexemeBytes = 2046;
    private const int MaxLexemeTotalBytes = 1_000_000;

    private PostgresCableRow(CableDocument document, DateTime? created, string vector)
    {
        Document = document;
        Created = created;
        Vector = vector;
    }

    public CableDocument Document { get; }

    /// <summary>The date-time group (UTC) as a timestamp without time zone.</summary>
    public DateTime? Created { get; }

    /// <summary>The tsvector in text form (<c>'lexeme':1A,2A ...</c>); the server casts it.</summary>
    public string Vector { get; }

    public string SubjectWords => Padded(Document.SubjectTokens);

    public string BodyWords => Padded(Document.BodyTokens);

    public static PostgresCableRow From(IncomingCable incoming)
    {
        var document = CableDocument.From(incoming);
        var created = CableDocument.ParseDate(document.Created) is { } utc ? DateTime.SpecifyKind(utc, DateTimeKind.Unspecified) : (DateTime?)null;
        return new PostgresCableRow(document, created, VectorOf(document));
    }

    /// <summary>Tokens with a space at each end, so <c>LIKE '% oil pipeline %'</c> finds a phrase anywhere.</summary>
    internal static string Padded(string tokens) => " " + tokens + " ";

    private static string VectorOf(CableDocument document)
    {
        // Tokens are letters and digits only, so nothing in them needs quoting in the text form.
        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var totalBytes = 0;
        var position = 0;
        void Add(string tokens, char weight)
        {
            foreach (var token in tokens.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                position = Math.Min(position + 1, MaxPosition);
                if (!positions.TryGetValue(token, out var list))
                {
                    var bytes = Encoding.UTF8.GetByteCount(token);
                    if (bytes > MaxLexemeBytes || totalBytes + bytes > MaxLexemeTotalBytes) continue;
                    totalBytes += bytes;
                    positions[token] = list = [];
                }
                if (list.Count < MaxPositionsPerLexeme && (list.Count == 0 || list[^1] >> 8 < position))
                    list.Add(position << 8 | weight);
            }
            position = Math.Min(position + 1, MaxPosition);
        }
        Add(document.SubjectTokens, 'A');
        Add(document.BodyTokens, 'D');
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
