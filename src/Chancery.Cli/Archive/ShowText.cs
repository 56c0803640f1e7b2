using System.Globalization;
using Chancery.Archive;
using Chancery.Cables;
using Spectre.Console;

namespace Chancery.Cli.Archive;

/// <summary>A stored cable for people: its heading fields in a grid, then its text.</summary>
internal static class ShowText
{
    public static void Write(IAnsiConsole console, ArchivedCable archived)
    {
        var cable = archived.Cable;
        var versions = archived.VersionCount == 1 ? "1 version" : $"version {archived.Version} of {archived.VersionCount}";
        var published = archived.PublishedId is { } p ? $", published as {p}" : "";
        console.MarkupLine($"[bold cyan]{Markup.Escape(archived.ReferenceId)}[/] [dim]({versions}{Markup.Escape(published)})[/]");
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        Row(grid, "created", cable.Created?.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture));
        Row(grid, "classification", cable.Classification is { } c
            ? Names.Of(c) + (cable.Captions.Count == 0 ? "" : " (" + string.Join(", ", cable.Captions) + ")")
            : null);
        Row(grid, "precedence", cable.Precedence is { } precedence ? Names.Of(precedence) : null);
        Row(grid, "from", cable.From?.Address);
        Row(grid, "to", Addresses(cable.To));
        Row(grid, "info", Addresses(cable.Info));
        Row(grid, "tags", cable.Tags.Count == 0 ? null : string.Join(' ', cable.Tags));
        Row(grid, "subject", cable.Subject);
        Row(grid, "references", cable.References.Count == 0 ? null
            : string.Join("; ", cable.References.Select(r => (r.Label is null ? "" : r.Label + ") ") + (r.ReferenceId ?? r.Text))));
        Row(grid, "signature", cable.Signature);
        console.Write(grid);
        console.WriteLine();
        console.Write(new Text(cable.Body.TrimEnd() + "\n"));
    }

    private static string? Addresses(EquatableList<Addressee> list) => list.Count switch
    {
        0 => null,
        <= 4 => string.Join("; ", list.Select(a => a.Address)),
        _ => $"{string.Join("; ", list.Take(4).Select(a => a.Address))} (+{list.Count - 4} more)",
    };

    private static void Row(Grid grid, string label, string? value)
    {
        if (value is null) return;
        grid.AddRow(new Text(label, new Style(decoration: Decoration.Bold)), new Text(value));
    }
}
