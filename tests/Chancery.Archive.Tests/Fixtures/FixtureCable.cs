using System.Globalization;
using System.Text;
using Chancery.Cables;

namespace Chancery.Archive.Tests.Fixtures;

/// <summary>
/// A cable written for these tests (not from any corpus), rendered as ACP-127 text in the style of 2000s
/// embassy telegrams: routing block, classification line, captions, E.O., TAGS, SUBJECT, REF, numbered paragraphs.
/// </summary>
internal sealed record FixtureCable(
    string Station,
    string RoutingIndicator,
    int Serial,
    DateTime Created,
    Classification Level,
    string[] Captions,
    string[] Tags,
    string Subject,
    string? Refs,
    (string Mark, string Text)[] Paragraphs,
    string From = "",
    string To = "RUEHC/SECSTATE WASHDC",
    string Info = "RUEHMO/AMEMBASSY MOSCOW",
    string? Decl = null,
    string? SubjectMark = null)
{
    public string Yy => (Created.Year % 100).ToString("00", CultureInfo.InvariantCulture);

    public string ReferenceId => Yy + Station + Serial.ToString(CultureInfo.InvariantCulture);

    public string Text
    {
        get
        {
            var serial4 = (Serial % 10000).ToString("0000", CultureInfo.InvariantCulture);
            var month = Created.ToString("MMM", CultureInfo.InvariantCulture).ToUpperInvariant();
            var (warning, banner) = Level switch
            {
                Classification.Unclassified => ("ZNR UUUUU ZZH", "UNCLAS"),
                Classification.LimitedOfficialUse => ("ZNR UUUUU ZZH", "LIMITED OFFICIAL USE"),
                Classification.Confidential => ("ZNY CCCCC ZZH", "C O N F I D E N T I A L"),
                Classification.Secret => ("ZNY SSSSS ZZH", "S E C R E T"),
                _ => ("ZNY TTTTT ZZH", "T O P S E C R E T"),
            };
            var from = From.Length > 0 ? From : "AMEMBASSY " + Station;
            var sb = new StringBuilder();
            sb.Append("VZCZCXRO").Append(serial4).Append('\n');
            sb.Append("PP RUEHC\n");
            sb.Append(CultureInfo.InvariantCulture, $"DE {RoutingIndicator} #{serial4}/01 {Created.DayOfYear:000}{Created:HHmm}\n");
            sb.Append(warning).Append('\n');
            sb.Append(CultureInfo.InvariantCulture, $"P {Created:ddHHmm}Z {month} {Yy}\n");
            sb.Append("FM ").Append(from).Append('\n');
            sb.Append("TO ").Append(To).Append(" PRIORITY 0120\n");
            sb.Append("INFO ").Append(Info).Append(" 0110\n\n");
            sb.Append(CultureInfo.InvariantCulture, $"{banner} SECTION 01 OF 01 {Station} {Serial:000000}\n\n");
            foreach (var caption in Captions) sb.Append(caption).Append("\n\n");
            if (Decl is not null) sb.Append("E.O. 12958: DECL: ").Append(Decl).Append('\n');
            else sb.Append(Level == Classification.Unclassified ? "E.O. 12958: N/A\n" : $"E.O. 12958: DECL: {Created.AddYears(10):MM/dd/yyyy}\n");
            sb.Append("TAGS: ").Append(string.Join(' ', Tags)).Append('\n');
            sb.Append("SUBJECT: ").Append(SubjectMark is null ? "" : "(" + SubjectMark + ") ").Append(Subject).Append("\n\n");
            if (Refs is not null) sb.Append("REF: ").Append(Refs).Append("\n\n");
            if (Level > Classification.LimitedOfficialUse)
                sb.Append("Classified By: Ambassador A. Example, Reasons 1.4 (b) and (d)\n\n");
            for (var i = 0; i < Paragraphs.Length; i++)
            {
                var (mark, text) = Paragraphs[i];
                sb.Append(CultureInfo.InvariantCulture, $"{i + 1}. ").Append(mark.Length > 0 ? "(" + mark + ") " : "").Append(Wrap(text)).Append("\n\n");
            }
            sb.Append("EXAMPLE\n");
            return sb.ToString();
        }
    }

    private static string Wrap(string text)
    {
        var sb = new StringBuilder();
        var line = 0;
        foreach (var word in text.Split(' '))
        {
            if (line > 0 && line + word.Length + 1 > 60)
            {
                sb.Append('\n');
                line = 0;
            }
            else if (line > 0)
            {
                sb.Append(' ');
                line++;
            }
            sb.Append(word);
            line += word.Length;
        }
        return sb.ToString();
    }
}
