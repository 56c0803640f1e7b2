namespace Chancery.Archive.Storage;

/// <summary>
/// A store that also takes cables already turned into <see cref="CableDocument"/>s. Tokenizing, hashing and compressing
/// are most of the CPU work of storing a cable: the ingest does them on its parse threads, so the store's one writer
/// spends its time on the database alone and holds no parsed cables.
/// </summary>
public interface IDocumentBatchStore
{
    /// <summary>
    /// Stores documents made by <see cref="CableDocument.From"/> in one transaction, exactly as
    /// <see cref="IArchiveStore.SaveBatchAsync"/> stores the cables they were made from.
    /// </summary>
    Task<IReadOnlyList<SaveOutcome>> SaveDocumentsAsync(IReadOnlyList<CableDocument> batch, CancellationToken cancellationToken = default);
}
