using Chancery.Archive;
using Chancery.Archive.Security;
using Chancery.Relay.Station;
using Chancery.Web.Comm;
using Chancery.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;

namespace Chancery.Web.Pages;

/// <summary>
/// <c>/comm-centre</c>: the relay station running beside the site (links, lanes, held traffic, counters, recent
/// deliveries) and a form to release a cable through it (each release audited). Archivists and administrators only;
/// 404 without a station.
/// </summary>
[Authorize(Policy = WebAuth.ArchivistPolicy)]
public sealed class CommCentreModel(CommCentre centre, IArchiveStore store, TimeProvider time, ILogger<CommCentreModel> logger) : PageModel
{
    /// <summary>The longest cable text the release form takes.</summary>
    public const int MaxReleaseLength = 256 * 1024;

    /// <summary>Seconds between reloads when the operator asks the page to refresh itself.</summary>
    public const int RefreshSeconds = 15;

    internal StationView View { get; private set; } = null!;

    /// <summary>True when the page reloads itself every <see cref="RefreshSeconds"/> (<c>?auto=1</c>).</summary>
    [BindProperty(SupportsGet = true, Name = "auto")]
    public bool AutoRefresh { get; set; }

    /// <summary>The cable text in the release form (kept when the station refused it).</summary>
    [BindProperty]
    public string? ReleaseText { get; set; }

    /// <summary>What the last release did, one entry per cable.</summary>
    public IReadOnlyList<ReleaseOutcome> Released { get; private set; } = [];

    /// <summary>Why the release form was refused as a whole.</summary>
    public string? ReleaseError { get; private set; }

    /// <summary>Handles <c>GET /comm-centre</c>.</summary>
    public IActionResult OnGet()
    {
        if (centre.Look() is not { } view) return NotFound();
        View = view;
        return Page();
    }

    /// <summary>Handles the release form (anti-forgery checked): the text is released at the station as <c>relay send</c> would.</summary>
    public async Task<IActionResult> OnPostReleaseAsync()
    {
        if (centre.Station is not { } station) return NotFound();
        AutoRefresh = false;
        var text = (ReleaseText ?? "").Replace("\r\n", "\n", StringComparison.Ordinal);
        if (string.IsNullOrWhiteSpace(text)) return Refuse("Paste the text of a cable to release.");
        if (text.Length > MaxReleaseLength) return Refuse($"At most {MaxReleaseLength / 1024} KB of text can be released at once.");
        var by = HttpContext.Account()?.Name ?? "anonymous";
        try
        {
            Released = await station.ReleaseAsync(text, $"comm centre ({by})");
        }
        catch (IOException e)
        {
            return Refuse("The station could not journal it: " + e.Message);
        }
        foreach (var outcome in Released)
        {
            var result = outcome.Error is null ? "released as " + string.Join(", ", outcome.Transmissions) : "refused: " + outcome.Error;
            logger.LogInformation("comm centre: {User} {Result} ({ReferenceId})", by, result, outcome.ReferenceId);
            await store.Audit.AppendAsync(new AuditEvent(time.GetUtcNow(), by, AuditAction.Release, outcome.ReferenceId, outcome.Error is null ? 1 : 0,
                WebAuth.ClientAddress(HttpContext), $"through {station.Config.RoutingIndicator}: {result}"), HttpContext.RequestAborted);
        }
        if (Released.Count == 0) return Refuse("No cable was found in the text.");
        if (Released.All(r => r.Error is null)) ReleaseText = null;
        else if (Released.All(r => r.Error is not null)) Response.StatusCode = StatusCodes.Status400BadRequest;
        View = centre.Look()!;
        return Page();
    }

    private PageResult Refuse(string message)
    {
        ReleaseError = message;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        View = centre.Look()!;
        return Page();
    }
}
