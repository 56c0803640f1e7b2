using System.Globalization;
using System.Xml.Linq;

namespace Chancery.Web.Rendering;

/// <summary>Builds SVG with <see cref="XElement"/>, which escapes every text and attribute value.</summary>
internal static class Svg
{
    public static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    public static XElement El(string name, params object?[] content) => new(Ns + name, content);

    public static XAttribute A(string name, object value) => new(name, value is double d ? N(d) : value);

    public static string N(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>The root element with a view box that scales to the container's width.</summary>
    public static XElement Root(double width, double height, string label, string cssClass, params object?[] content) =>
        new(Ns + "svg",
            new XAttribute("viewBox", $"0 0 {N(width)} {N(height)}"),
            new XAttribute("class", cssClass),
            new XAttribute("role", "img"),
            new XAttribute("aria-label", label),
            El("title", label),
            content);

    /// <summary>A link around <paramref name="content"/> (SVG 2 <c>href</c>).</summary>
    public static XElement Link(string href, string label, params object?[] content) =>
        El("a", A("href", href), A("aria-label", label), content);

    public static string ToHtml(XElement svg) => svg.ToString(SaveOptions.DisableFormatting);
}
