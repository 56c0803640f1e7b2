// TEMPORARY stand-in for Chancery.Cables.CableWriter, written by another helper in parallel.
// The csproj drops this file from the build as soon as a CableWriter.cs exists under src/Chancery.Cables;
// delete it once that has landed in main.
namespace Chancery.Cables;

/// <summary>Stand-in: writes the cable's body unchanged.</summary>
internal sealed class CableWriter
{
    /// <summary>Stand-in for canonical text: the body as read.</summary>
    public string Write(Cable cable) => cable.Body;
}
