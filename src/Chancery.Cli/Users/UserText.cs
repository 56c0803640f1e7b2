using System.Globalization;
using System.Text.Json;
using Chancery.Archive.Security;
using Chancery.Cli.Archive;
using Spectre.Console;

namespace Chancery.Cli.Users;

/// <summary>Users as the CLI prints them: a Spectre table, one summary line, or JSON.</summary>
internal static class UserText
{
    /// <summary>One line: <c>alice: SECRET, NOFORN, access NODIS; reader; 300/hour, 2000/day</c>.</summary>
    public static string Summary(UserAccount user) =>
        $"{user.Name}: {UserArguments.LevelName(user.Clearance)}{(user.NoForn ? ", NOFORN" : "")}"
        + (user.Accesses.Count == 0 ? "" : ", access " + string.Join(' ', user.Accesses))
        + $"; {UserArguments.RoleName(user.Role)}; {Limit(user.ReadLimitPerHour)}/hour, {Limit(user.ReadLimitPerDay)}/day"
        + (user.Disabled ? "; disabled" : "");

    public static void Table(IAnsiConsole console, IReadOnlyList<UserAccount> users)
    {
        if (users.Count == 0)
        {
            console.MarkupLine("[dim]no users (add one with 'chancery users add NAME --clearance LEVEL --password-stdin')[/]");
            return;
        }
        var table = new Table().AddColumns("name", "role", "clearance", "NOFORN", "accesses")
            .AddColumn(new TableColumn("per hour").RightAligned()).AddColumn(new TableColumn("per day").RightAligned()).AddColumn("status");
        foreach (var user in users)
        {
            table.AddRow(Markup.Escape(user.Name), UserArguments.RoleName(user.Role), UserArguments.LevelName(user.Clearance),
                user.NoForn ? "yes" : "no", Markup.Escape(string.Join(' ', user.Accesses)),
                Limit(user.ReadLimitPerHour), Limit(user.ReadLimitPerDay), user.Disabled ? "[red]disabled[/]" : "enabled");
        }
        console.Write(table);
    }

    public static void Json(Utf8JsonWriter writer, IReadOnlyList<UserAccount> users)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("users");
        foreach (var user in users)
        {
            writer.WriteStartObject();
            writer.WriteString("name", user.Name);
            writer.WriteString("role", UserArguments.RoleName(user.Role));
            writer.WriteString("clearance", UserArguments.LevelName(user.Clearance));
            writer.WriteBoolean("noforn", user.NoForn);
            JsonLines.WriteStrings(writer, "accesses", user.Accesses);
            writer.WriteNumber("readLimitPerHour", user.ReadLimitPerHour);
            writer.WriteNumber("readLimitPerDay", user.ReadLimitPerDay);
            writer.WriteBoolean("disabled", user.Disabled);
            writer.WriteString("createdAt", JsonLines.Iso(user.CreatedAt.UtcDateTime));
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static string Limit(int limit) => limit == 0 ? "unlimited" : limit.ToString(CultureInfo.InvariantCulture);
}
