using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Chancery.Archive.Security;

/// <summary>
/// The audit log's hash chain: entry n's hash is SHA-256 over entry n-1's hash (empty for the first) and entry n's
/// canonical text, a JSON array of its id, its time in Unix milliseconds and its fields. Editing, removing or
/// reordering a stored entry breaks the chain at that entry or the next one.
/// </summary>
public static class AuditChain
{
    /// <summary>The hash of entry <paramref name="id"/> holding <paramref name="auditEvent"/> after an entry hashed <paramref name="previousHash"/>.</summary>
    public static string Hash(string previousHash, long id, AuditEvent auditEvent)
    {
        var buffer = new ArrayBufferWriter<byte>();
        buffer.Write(Encoding.ASCII.GetBytes(previousHash + "\n"));
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            json.WriteNumberValue(id);
            json.WriteNumberValue(auditEvent.At.ToUnixTimeMilliseconds());
            json.WriteStringValue(auditEvent.User);
            json.WriteStringValue(auditEvent.Action.ToString());
            json.WriteStringValue(auditEvent.Target);
            json.WriteNumberValue(auditEvent.Cables);
            json.WriteStringValue(auditEvent.From);
            if (auditEvent.Detail is null) json.WriteNullValue();
            else json.WriteStringValue(auditEvent.Detail);
            json.WriteEndArray();
        }
        return Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan));
    }

    /// <summary>The event as it is stored: its time cut to whole milliseconds.</summary>
    public static AuditEvent Stored(AuditEvent auditEvent) =>
        auditEvent with { At = DateTimeOffset.FromUnixTimeMilliseconds(auditEvent.At.ToUnixTimeMilliseconds()) };
}
