namespace Chancery.Archive;

/// <summary>
/// An archive that cannot be used (not a database, a newer schema, unreachable server, disk full).
/// The message is one line fit to show a user as it is.
/// </summary>
public class ArchiveException(string message, Exception? inner = null) : Exception(message, inner);
