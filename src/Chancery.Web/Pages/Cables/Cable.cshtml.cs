using Chancery.Archive;
using Chancery.Web.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chancery.Web.Pages.Cables;

/// <summary>The cable page: the cable as it would be read, with its envelope, references, citations and versions.</summary>
public sealed class CableModel(IArchiveStore store) : PageModel
{
    internal ArchivedCable Cable { get; private set; } = null!;

    internal ReferenceLinks Links { get; private set; } = null!;

    internal IReadOnlyList<CableVersion> Versions { get; private set; } = [];

    /// <summary>Reference ids of the cited cables that are in the archive.</summary>
    internal HashSet<string> Present { get; private set; } = [];

    /// <summary>Handles <c>GET /cables/{id}</c>.</summary>
    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!CableIds.IsPlausible(id)) return NotFound();
        var cable = await store.GetCableAsync(CableIds.Normalize(id), Principal.Unrestricted, cancellationToken);
        if (cable is null) return NotFound();
        Cable = cable;
        Links = await store.GetReferencesAsync(cable.ReferenceId, Principal.Unrestricted, cancellationToken)
                ?? new ReferenceLinks([], [], []);
        Present = new HashSet<string>(Links.References, StringComparer.OrdinalIgnoreCase);
        Versions = cable.VersionCount > 1
            ? await store.GetVersionsAsync(cable.ReferenceId, Principal.Unrestricted, cancellationToken)
            : [];
        return Page();
    }
}
