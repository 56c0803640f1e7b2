using Chancery.Archive;
using Chancery.Archive.Security;
using Chancery.Web.Api;
using Chancery.Web.Rendering;
using Chancery.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chancery.Web.Pages.Cables;

/// <summary>
/// The cable page: the cable as it would be read, with its envelope, references, citations and versions; withheld
/// portions in place; a declassification notice; and for archivists a form to declassify it.
/// </summary>
public sealed class CableModel(GuardedArchive archive, IAuthorizationService authorization) : PageModel
{
    /// <summary>The longest declassification reason accepted.</summary>
    public const int MaxReasonLength = 500;

    internal ArchivedCable Cable { get; private set; } = null!;

    internal ReleaseInfo Release => Cable.Release ?? ReleaseInfo.Full;

    internal IReadOnlyList<ParagraphView> Paragraphs { get; private set; } = [];

    internal ReferenceLinks Links { get; private set; } = null!;

    internal IReadOnlyList<CableVersion> Versions { get; private set; } = [];

    /// <summary>Reference ids of the cited cables that are in the archive.</summary>
    internal HashSet<string> Present { get; private set; } = [];

    /// <summary>True for an archivist or administrator (the declassify form is shown).</summary>
    public bool CanDeclassify { get; private set; }

    /// <summary>Why a declassification was refused.</summary>
    public string? DeclassifyError { get; private set; }

    /// <summary>The reason typed.</summary>
    [BindProperty] public string? Reason { get; set; }

    /// <summary>Handles <c>GET /cables/{id}</c>.</summary>
    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    /// <summary>Handles <c>POST /cables/{id}?handler=declassify</c>: archivists only, reason required, audited.</summary>
    public async Task<IActionResult> OnPostDeclassifyAsync(string id, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, WebAuth.ArchivistPolicy)).Succeeded) return Forbid();
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        var reason = (Reason ?? "").Trim();
        if (reason.Length == 0 || reason.Length > MaxReasonLength)
        {
            DeclassifyError = reason.Length == 0 ? "Give the reason for declassifying." : $"The reason is at most {MaxReasonLength} characters.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var by = HttpContext.Account()!.Name;
        if (!await archive.Store.DeclassifyAsync(Cable.ReferenceId, reason, by, cancellationToken)) return NotFound();
        await archive.Store.Audit.AppendAsync(new AuditEvent(archive.Time.GetUtcNow(), by, AuditAction.Declassify, Cable.ReferenceId, 1,
            WebAuth.ClientAddress(HttpContext), reason), cancellationToken);
        return Redirect(Rendering.Links.Cable(Cable.ReferenceId));
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        if (!CableIds.IsPlausible(id)) return false;
        var caller = HttpContext.Caller();
        var cable = await archive.GetCableAsync(CableIds.Normalize(id), caller, cancellationToken);
        if (cable is null) return false;
        Cable = cable;
        Paragraphs = ReleasedParagraphs.Merge(cable.Cable.Paragraphs, Release.Withheld);
        Links = await archive.GetReferencesAsync(cable.ReferenceId, caller, cancellationToken) ?? new ReferenceLinks([], [], []);
        Present = new HashSet<string>(Links.References, StringComparer.OrdinalIgnoreCase);
        Versions = cable.VersionCount > 1 ? await archive.GetVersionsAsync(cable.ReferenceId, caller, cancellationToken) : [];
        CanDeclassify = HttpContext.Account()?.Role is UserRole.Archivist or UserRole.Admin && Release.Declassified is null;
        return true;
    }
}
