using Chancery.Cables;

namespace Chancery.Archive.Query;

/// <summary>
/// A parsed search query. Produced by <see cref="QueryParser"/>; translated by each store into its own SQL.
/// Words are already folded by <see cref="Text.SearchTokenizer"/> (lower case, no diacritics).
/// </summary>
public abstract record QueryNode;

/// <summary>Where a word or phrase must occur.</summary>
public enum TextScope
{
    /// <summary>Anywhere in the cable's searchable text (subject, summary, body).</summary>
    Any,
    /// <summary>Only in the subject line (<c>subject:(...)</c>).</summary>
    Subject,
}

/// <summary>A word (<c>pipeline</c>) or a prefix (<c>pipe*</c>).</summary>
/// <param name="Word">The folded word (no <c>*</c>).</param>
/// <param name="Prefix">True for <c>word*</c>.</param>
/// <param name="Scope">Where it must occur.</param>
public sealed record TermNode(string Word, bool Prefix = false, TextScope Scope = TextScope.Any) : QueryNode;

/// <summary>Words that must occur next to each other in this order (<c>"oil pipeline"</c>).</summary>
/// <param name="Words">The folded words, at least two.</param>
/// <param name="Scope">Where it must occur.</param>
public sealed record PhraseNode(EquatableList<string> Words, TextScope Scope = TextScope.Any) : QueryNode;

/// <summary>All parts must match (<c>a b</c>, <c>a AND b</c>).</summary>
/// <param name="Parts">At least two parts.</param>
public sealed record AndNode(EquatableList<QueryNode> Parts) : QueryNode;

/// <summary>Any part must match (<c>a OR b</c>).</summary>
/// <param name="Parts">At least two parts.</param>
public sealed record OrNode(EquatableList<QueryNode> Parts) : QueryNode;

/// <summary>The part must not match (<c>NOT a</c>, <c>-a</c>).</summary>
/// <param name="Part">The negated part.</param>
public sealed record NotNode(QueryNode Part) : QueryNode;

/// <summary>Exact-value filters on a cable's fields.</summary>
public enum FilterField
{
    /// <summary><c>tag:PREL</c>: the cable carries that TAG (upper case).</summary>
    Tag,
    /// <summary><c>origin:ASTANA</c>: the originating post (upper case; the post name as in reference ids).</summary>
    Origin,
    /// <summary><c>caption:NOFORN</c>: the cable carries that caption (upper case).</summary>
    Caption,
    /// <summary><c>to:RUEHC</c> or <c>to:SECSTATE</c>: an action or info addressee by routing indicator or
    /// plain-language address (upper case).</summary>
    Addressee,
    /// <summary><c>ref:06ASTANA38</c>: the cable cites that reference id (canonical).</summary>
    Reference,
    /// <summary><c>id:06ASTANA38</c>: the cable itself (canonical reference id).</summary>
    Id,
}

/// <summary>A field filter (<c>tag:PREL</c>).</summary>
/// <param name="Field">The field.</param>
/// <param name="Value">The normalised value (upper case; canonical id for references).</param>
public sealed record FilterNode(FilterField Field, string Value) : QueryNode;

/// <summary><c>class:SECRET</c>: the cable's overall classification.</summary>
/// <param name="Classification">The classification.</param>
public sealed record ClassificationNode(Classification Classification) : QueryNode;

/// <summary>
/// <c>from:2006-01</c> and <c>to:2006-06-30</c>: the date-time group within [<paramref name="From"/>, <paramref name="Until"/>).
/// A month or year given as an upper bound includes all of it (<c>to:2006-06</c> means before 2006-07-01).
/// </summary>
/// <param name="From">Inclusive lower bound (UTC), or null.</param>
/// <param name="Until">Exclusive upper bound (UTC), or null.</param>
public sealed record DateRangeNode(DateTime? From, DateTime? Until) : QueryNode;

/// <summary>Matches every cable (the empty query, or <c>*</c>).</summary>
public sealed record AllNode : QueryNode
{
    /// <summary>The one instance.</summary>
    public static AllNode Instance { get; } = new();
}
