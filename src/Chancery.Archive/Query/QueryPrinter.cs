using System.Text;
using Chancery.Cables;

namespace Chancery.Archive.Query;

/// <summary>
/// Writes a query tree back as query text (for permalinks, and for refining a query from a facet:
/// <c>Print(QueryPrinter.Refine(q, new FilterNode(FilterField.Tag, "PREL")))</c>). For a tree in normal form
/// (what <see cref="QueryParser.Parse"/> returns, or <see cref="QuerySimplifier.Simplify"/>),
/// <c>Parse(Print(q))</c> gives <c>q</c> back.
/// </summary>
public static class QueryPrinter
{
    /// <summary>The query text of <paramref name="query"/>.</summary>
    public static string Print(QueryNode query)
    {
        var text = new StringBuilder();
        Write(query, text);
        return text.ToString();
    }

    /// <summary>
    /// <paramref name="query"/> narrowed by <paramref name="part"/> (both must hold), in normal form:
    /// what a "only cables tagged PREL" link runs.
    /// </summary>
    public static QueryNode Refine(QueryNode query, QueryNode part) =>
        QuerySimplifier.Simplify(new AndNode([query, part]));

    private static void Write(QueryNode node, StringBuilder text)
    {
        switch (node)
        {
            case OrNode or:
                for (var i = 0; i < or.Parts.Count; i++)
                {
                    if (i > 0) text.Append(" OR ");
                    Write(or.Parts[i], text);
                }
                break;
            case AndNode and:
                for (var i = 0; i < and.Parts.Count; i++)
                {
                    if (i > 0) text.Append(' ');
                    WriteGrouped(and.Parts[i], text);
                }
                break;
            case NotNode not:
                text.Append('-');
                if (not.Part is AndNode or OrNode or NotNode or DateRangeNode { From: not null, Until: not null })
                {
                    text.Append('(');
                    Write(not.Part, text);
                    text.Append(')');
                }
                else
                {
                    Write(not.Part, text);
                }
                break;
            case TermNode term:
                if (term.Scope == TextScope.Subject) text.Append("subject:");
                text.Append(term.Word);
                if (term.Prefix) text.Append('*');
                break;
            case PhraseNode phrase:
                if (phrase.Scope == TextScope.Subject) text.Append("subject:");
                text.Append('"').AppendJoin(' ', phrase.Words).Append('"');
                break;
            case FilterNode filter:
                WriteFilter(filter, text);
                break;
            case ClassificationNode classification:
                text.Append("class:");
                WriteValue(Enum.IsDefined(classification.Classification) ? Names.Of(classification.Classification) : "", quote: false, text);
                break;
            case DateRangeNode range:
                WriteDates(range, text);
                break;
            default:
                text.Append('*');
                break;
        }
    }

    /// <summary>A part of an AND: an OR inside it needs parentheses, as AND binds tighter.</summary>
    private static void WriteGrouped(QueryNode node, StringBuilder text)
    {
        if (node is OrNode)
        {
            text.Append('(');
            Write(node, text);
            text.Append(')');
        }
        else
        {
            Write(node, text);
        }
    }

    private static void WriteFilter(FilterNode filter, StringBuilder text)
    {
        var (name, quote) = filter.Field switch
        {
            FilterField.Tag => ("tag", false),
            FilterField.Origin => ("origin", false),
            FilterField.Caption => ("caption", false),
            // A bare to: value that looks like a date is read as a date; quoted, it stays an addressee.
            FilterField.Addressee => ("to", QueryDates.LooksLikeDate(filter.Value)),
            FilterField.Reference => ("ref", false),
            _ => ("id", false),
        };
        text.Append(name).Append(':');
        WriteValue(filter.Value, quote, text);
    }

    private static void WriteValue(string value, bool quote, StringBuilder text)
    {
        quote |= value.Length == 0 || value.AsSpan().ContainsAny(" \t\r\n()\"") || char.IsWhiteSpace(value[0]);
        if (quote) text.Append('"').Append(value.Replace("\"", "", StringComparison.Ordinal)).Append('"');
        else text.Append(value);
    }

    private static void WriteDates(DateRangeNode range, StringBuilder text)
    {
        if (range.From is { } from) text.Append("from:").Append(QueryDates.StartText(from));
        if (range.Until is { } until)
        {
            if (range.From is not null) text.Append(' ');
            text.Append("to:").Append(QueryDates.EndText(until));
        }
        if (range.From is null && range.Until is null) text.Append('*');
    }
}
