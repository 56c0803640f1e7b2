using Microsoft.Data.Sqlite;

namespace Chancery.Archive.Storage.Sqlite;

public sealed partial class SqliteArchiveStore
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<SaveOutcome>> SaveBatchAsync(IReadOnlyList<IncomingCable> batch, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (batch.Count == 0) return [];
        // Tokenizing, hashing and compressing are CPU work: spread it over the cores before taking the write lock.
        var docs = new CableDocument[batch.Count];
        Parallel.For(0, batch.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => docs[i] = CableDocument.From(batch[i]));
        return await SaveDocumentsAsync(docs, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SaveOutcome>> SaveDocumentsAsync(IReadOnlyList<CableDocument> docs, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (docs.Count == 0) return [];
        var storedAt = CableDocument.FormatDate(_time.GetUtcNow().UtcDateTime);
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _statements ??= new SqliteCableWriter(_writer);
            SqliteTransaction? transaction = null;
            try
            {
                transaction = _writer.BeginTransaction();
                var outcomes = _statements.Save(docs, storedAt, transaction);
                transaction.Commit();
                return outcomes;
            }
            catch (SqliteException e)
            {
                TryRollback(transaction);
                throw Translate(e, _path);
            }
            catch
            {
                TryRollback(transaction);
                throw;
            }
            finally
            {
                transaction?.Dispose();
            }
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private static void TryRollback(SqliteTransaction? transaction)
    {
        try
        {
            transaction?.Rollback();
        }
        catch (Exception e) when (e is SqliteException or InvalidOperationException)
        {
            // SQLite may already have rolled back (a full disk does): nothing more to undo.
        }
    }
}
