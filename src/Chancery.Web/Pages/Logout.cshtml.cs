using Chancery.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chancery.Web.Pages;

/// <summary><c>/logout</c>: a button on GET (so a link or a prefetch cannot sign anyone out), signing out on POST.</summary>
[AllowAnonymous]
public sealed class LogoutModel : PageModel
{
    /// <summary>Handles <c>GET /logout</c>.</summary>
    public void OnGet() { }

    /// <summary>Handles <c>POST /logout</c> (anti-forgery checked).</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(WebAuth.Cookie);
        return Redirect("/login");
    }
}
