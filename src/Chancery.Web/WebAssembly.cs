namespace Chancery.Web;

/// <summary>Marks the web assembly; the site lands with the web issue.</summary>
internal static class WebAssembly;
