using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Chancery.Archive.Text;
using Chancery.Cables;

namespace Chancery.Archive.Storage;

/// <summary>
/// What a store keeps of one incoming cable, computed the same way for every backend: the fields it filters and
/// facets on, the pre-tokenized search text (so every backend indexes exactly the same tokens), the access marking,
/// and the packed raw text and JSON.
/// </summary>
/// <param name="ReferenceId">Canonical reference id.</param>
/// <param name="PublishedId">The id as published when it differs from the canonical one.</param>
/// <param name="Sha256">SHA-256 of the raw text's UTF-8 bytes: the same text is the same version.</param>
/// <param name="Created">The date-time group as <c>yyyy-MM-ddTHH:mm:ssZ</c> (sorts as text), or null.</param>
/// <param name="Origin">Originating post.</param>
/// <param name="Classification">The banner classification.</param>
/// <param name="Marking">Who may read it.</param>
/// <param name="Subject">Subject line.</param>
/// <param name="Tags">TAGS in order.</param>
/// <param name="Captions">Captions in order.</param>
/// <param name="Addressees">Action and info addressees as filter values (routing indicators, addresses, their first words).</param>
/// <param name="CitedIds">Canonical ids of cited cables, in REF order, each once, not itself.</param>
/// <param name="SubjectTokens">Subject tokens joined by spaces.</param>
/// <param name="BodyTokens">Body tokens joined by spaces (the body holds the summary too).</param>
/// <param name="Content">Raw text and JSON, packed by <see cref="CableContent"/>.</param>
/// <param name="Source">Where this version came from.</param>
/// <param name="Views">The distinct released texts of the cable for the reader types (<see cref="ReleaseView"/>), the full one first.</param>
/// <param name="DeclassifyDate">The E.O. line's DECL date as <c>yyyy-MM-dd</c>, or null.</param>
public sealed record CableDocument(
    string ReferenceId,
    string? PublishedId,
    byte[] Sha256,
    string? Created,
    string? Origin,
    Classification? Classification,
    EffectiveMarking Marking,
    string? Subject,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Captions,
    IReadOnlyList<string> Addressees,
    IReadOnlyList<string> CitedIds,
    string SubjectTokens,
    string BodyTokens,
    byte[] Content,
    string Source,
    IReadOnlyList<ReleaseView> Views,
    string? DeclassifyDate)
{
    /// <summary>The text form of a date-time group as stores keep it.</summary>
    public const string DateFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    /// <summary>Formats a UTC time as stores keep dates.</summary>
    public static string FormatDate(DateTime value) => value.ToString(DateFormat, CultureInfo.InvariantCulture);

    /// <summary>Parses a stored date.</summary>
    public static DateTime? ParseDate(string? value) =>
        value is null ? null : DateTime.ParseExact(value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

    /// <summary>Computes the document of <paramref name="incoming"/> (CPU only: safe to run on many threads).</summary>
    public static CableDocument From(IncomingCable incoming)
    {
        var cable = incoming.Cable;
        var published = incoming.PublishedId is { } p && p != incoming.ReferenceId ? p : null;
        var marking = EffectiveMarking.Of(cable);
        var subjectTokens = Tokens(cable.Subject);
        var bodyTokens = Tokens(cable.Body);
        return new CableDocument(
            incoming.ReferenceId,
            published,
            SHA256.HashData(Encoding.UTF8.GetBytes(incoming.RawText)),
            cable.Created is { } created ? FormatDate(created) : null,
            cable.Origin,
            cable.Classification,
            marking,
            cable.Subject,
            [.. cable.Tags.Distinct()],
            [.. cable.Captions.Distinct()],
            AddresseeValues(cable),
            [.. cable.References.Select(r => r.ReferenceId).OfType<string>().Where(id => id != incoming.ReferenceId).Distinct()],
            subjectTokens,
            bodyTokens,
            CableContent.Pack(incoming.RawText, cable),
            incoming.Source,
            ReleaseView.Of(cable, marking, subjectTokens, bodyTokens),
            ReleaseView.DeclassifyDate(cable));
    }

    /// <summary>The search tokens of <paramref name="text"/> joined by single spaces.</summary>
    public static string Tokens(string? text) => SearchTokenizer.JoinTokens(text);

    /// <summary>First words of addresses that name a kind of post, not a post: <c>to:AMEMBASSY</c> would match almost everything.</summary>
    private static readonly HashSet<string> GenericAddressWords = new(StringComparer.Ordinal)
    {
        "AMEMBASSY", "AMCONSUL", "AMCONSULATE", "USMISSION", "USOFFICE", "USDEL", "USLO", "AMEMB", "AMCONGEN", "USINT", "DEPT",
    };

    private static List<string> AddresseeValues(Cable cable)
    {
        var values = new List<string>();
        foreach (var a in cable.To.Concat(cable.Info))
        {
            if (a.RoutingIndicator is { Length: > 0 } ri) Add(values, ri);
            var address = string.Join(' ', a.Address.ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (address.Length == 0) continue;
            Add(values, address);
            var space = address.IndexOf(' ');
            if (space > 0 && !GenericAddressWords.Contains(address[..space])) Add(values, address[..space]);
        }
        return values;

        static void Add(List<string> values, string value)
        {
            var upper = value.ToUpperInvariant();
            if (!values.Contains(upper)) values.Add(upper);
        }
    }
}
