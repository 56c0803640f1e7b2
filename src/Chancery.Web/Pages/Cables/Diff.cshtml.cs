using Chancery.Archive;
using Chancery.Archive.Security;
using Chancery.Web.Security;
using Chancery.Web.Api;
using Chancery.Web.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chancery.Web.Pages.Cables;

/// <summary>The differences between two versions of a cable's raw text.</summary>
public sealed class DiffModel(GuardedArchive archive) : PageModel
{
    /// <summary>The cable's reference id.</summary>
    public string ReferenceId { get; private set; } = "";

    internal IReadOnlyList<CableVersion> Versions { get; private set; } = [];

    internal CableVersion Old { get; private set; } = null!;

    internal CableVersion New { get; private set; } = null!;

    internal List<DiffLine?> Lines { get; private set; } = [];

    /// <summary>Handles <c>GET /cables/{id}/diff?from=N&amp;to=M</c> (default: the last two versions).</summary>
    public async Task<IActionResult> OnGetAsync(string id, int? from, int? to, CancellationToken cancellationToken)
    {
        if (!CableIds.IsPlausible(id)) return NotFound();
        Versions = await archive.GetVersionsAsync(CableIds.Normalize(id), HttpContext.Caller(), cancellationToken);
        if (Versions.Count == 0) return NotFound();
        ReferenceId = CableIds.Normalize(id);
        var last = Versions[^1].Number;
        var newNumber = to ?? last;
        var oldNumber = from ?? newNumber - 1;
        var newVersion = Versions.FirstOrDefault(v => v.Number == newNumber);
        var oldVersion = Versions.FirstOrDefault(v => v.Number == oldNumber) ?? (Versions.Count == 1 ? newVersion : null);
        if (newVersion is null || oldVersion is null)
            return StatusCode(400); // versions are numbered 1 to the last; the status page says so
        Old = oldVersion;
        New = newVersion;
        Lines = LineDiff.Compute(Old.RawText, New.RawText);
        return Page();
    }
}
