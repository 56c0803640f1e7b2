using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace Chancery.Archive.Storage.Sqlite.Fts5;

/// <summary>
/// The parts of SQLite's C API and of FTS5's extension API (sqlite.org/fts5.html §7) that an auxiliary function
/// written in C# needs. The library is the e_sqlite3 that Microsoft.Data.Sqlite itself loads, so the connection
/// handles it gives out are valid here.
/// </summary>
internal static unsafe partial class Fts5Native
{
    private const string Library = "e_sqlite3";

    // Slots of struct Fts5ExtensionApi after its leading int iVersion (stable since FTS5's first release).
    public const int XRowCount = 2;
    public const int XColumnTotalSize = 3;
    public const int XPhraseCount = 5;
    public const int XInstCount = 7;
    public const int XInst = 8;
    public const int XRowid = 9;
    public const int XColumnSize = 11;
    public const int XQueryPhrase = 12;
    public const int XSetAuxdata = 13;
    public const int XGetAuxdata = 14;

    // Slot of xCreateFunction in struct fts5_api after its leading int iVersion.
    private const int XCreateFunction = 2;

    private static readonly byte* ApiPointerType = (byte*)Marshal.StringToCoTaskMemUTF8("fts5_api_ptr");

    /// <summary>Function pointer <paramref name="slot"/> of an Fts5ExtensionApi (or fts5_api) structure.</summary>
    public static IntPtr Slot(IntPtr api, int slot) => ((IntPtr*)(api + sizeof(IntPtr)))[slot];

    /// <summary>
    /// Registers <paramref name="function"/> (an <c>fts5_extension_function</c>) as FTS5 auxiliary function
    /// <paramref name="name"/> on <paramref name="connection"/>; false when this SQLite offers no FTS5 API.
    /// </summary>
    public static bool CreateFunction(SqliteConnection connection, string name,
        delegate* unmanaged<IntPtr, IntPtr, IntPtr, int, IntPtr*, void> function)
    {
        var db = connection.Handle!.DangerousGetHandle();
        var api = FtsApi(db);
        if (api == 0) return false;
        var create = (delegate* unmanaged<IntPtr, byte*, IntPtr, IntPtr, IntPtr, int>)Slot(api, XCreateFunction);
        var utf8 = Marshal.StringToCoTaskMemUTF8(name);
        try
        {
            return create(api, (byte*)utf8, 0, (IntPtr)function, 0) == 0;
        }
        finally
        {
            Marshal.FreeCoTaskMem(utf8);
        }
    }

    /// <summary>The connection's fts5_api, fetched the documented way: <c>SELECT fts5(?1)</c> with a bound pointer.</summary>
    private static IntPtr FtsApi(IntPtr db)
    {
        var sql = Marshal.StringToCoTaskMemUTF8("SELECT fts5(?1)");
        IntPtr statement = 0;
        try
        {
            if (sqlite3_prepare_v2(db, (byte*)sql, -1, &statement, 0) != 0) return 0;
            IntPtr api = 0;
            if (sqlite3_bind_pointer(statement, 1, &api, ApiPointerType, 0) != 0) return 0;
            sqlite3_step(statement);
            return api;
        }
        finally
        {
            if (statement != 0) sqlite3_finalize(statement);
            Marshal.FreeCoTaskMem(sql);
        }
    }

    [LibraryImport(Library)]
    private static partial int sqlite3_prepare_v2(IntPtr db, byte* sql, int bytes, IntPtr* statement, IntPtr tail);

    [LibraryImport(Library)]
    private static partial int sqlite3_bind_pointer(IntPtr statement, int index, void* pointer, byte* type, IntPtr destructor);

    [LibraryImport(Library)]
    private static partial int sqlite3_step(IntPtr statement);

    [LibraryImport(Library)]
    private static partial int sqlite3_finalize(IntPtr statement);

    /// <summary>Sets a function's result to an integer.</summary>
    [LibraryImport(Library), SuppressGCTransition]
    public static partial void sqlite3_result_int(IntPtr context, int value);

    /// <summary>Makes a function fail with <paramref name="message"/> (UTF-8, <paramref name="bytes"/> long).</summary>
    [LibraryImport(Library)]
    public static partial void sqlite3_result_error(IntPtr context, byte* message, int bytes);

    /// <summary>An argument's value as a 64-bit integer.</summary>
    [LibraryImport(Library), SuppressGCTransition]
    public static partial long sqlite3_value_int64(IntPtr value);
}
