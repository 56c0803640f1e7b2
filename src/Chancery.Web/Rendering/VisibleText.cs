using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Chancery.Web.Rendering;

/// <summary>
/// Untrusted text as HTML that shows exactly what is there: markup is encoded, and invisible characters that would
/// reorder or hide text (bidi overrides and isolates, zero-width characters, other format and control characters)
/// are shown as visible <c>⟨U+202E⟩</c> marks instead of taking effect. Line breaks and tabs are kept.
/// </summary>
internal static class VisibleText
{
    public static IHtmlContent Html(string? text) => new HtmlString(Encode(text));

    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var html = new StringBuilder(text.Length + 16);
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsHidden(text[i])) continue;
            html.Append(HtmlEncoder.Default.Encode(text[start..i]));
            html.Append("<span class=\"ctl\" title=\"invisible character\">⟨U+")
                .Append(((int)text[i]).ToString("X4", CultureInfo.InvariantCulture)).Append("⟩</span>");
            start = i + 1;
        }
        html.Append(HtmlEncoder.Default.Encode(text[start..]));
        return html.ToString();
    }

    /// <summary>True for a character that changes how text around it is shown without being seen itself.</summary>
    public static bool IsHidden(char c)
    {
        if (c is '\n' or '\t' or '\r') return false;
        if (char.IsSurrogate(c)) return false;
        var category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse;
    }
}
