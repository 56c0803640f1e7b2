namespace Chancery.Relay;

/// <summary>Marks the relay assembly; the station lands with the relay issue.</summary>
internal static class RelayAssembly;
