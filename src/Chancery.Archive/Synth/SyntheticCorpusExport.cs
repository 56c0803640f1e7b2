using System.Text;

namespace Chancery.Archive.Synth;

/// <summary>
/// Writes a <see cref="SyntheticCorpus"/> to disk, cables built in parallel in batches and written in corpus order:
/// as one <c>.txt</c> per cable in a folder per year (<c>2006/06ANKARA1234.txt</c>, second versions as
/// <c>ID.v2.txt</c>), or as one Cablegate-style <c>cables.csv</c>.
/// </summary>
public static class SyntheticCorpusExport
{
    private const int BatchSize = 512;

    /// <summary>Writes one file per cable under <paramref name="directory"/>; returns how many files were written.</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="directory">The folder (created when missing).</param>
    /// <param name="progress">Told the number of cables done after each batch.</param>
    /// <param name="cancellationToken">Stops after the current batch.</param>
    public static int WriteDirectory(SyntheticCorpus corpus, string directory, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        Directory.CreateDirectory(directory);
        var years = new HashSet<int>();
        var files = 0;
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        for (var start = 0; start < corpus.Count; start += BatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = Batch(corpus, start, cable => corpus.Write(cable));
            foreach (var (cable, _) in batch.SelectMany(b => b))
                if (years.Add(cable.Year)) Directory.CreateDirectory(Path.Combine(directory, cable.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Parallel.ForEach(batch.SelectMany(b => b), item =>
                File.WriteAllText(Path.Combine(directory, item.Cable.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), item.Cable.FileName), item.Text, utf8));
            files += batch.Sum(b => b.Length);
            progress?.Report(Math.Min(corpus.Count, start + BatchSize));
        }
        return files;
    }

    /// <summary>Writes the corpus as a Cablegate <c>cables.csv</c> (no header row); returns how many rows were written.</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="output">Where the rows go.</param>
    /// <param name="progress">Told the number of cables done after each batch.</param>
    /// <param name="cancellationToken">Stops after the current batch.</param>
    public static int WriteCsv(SyntheticCorpus corpus, TextWriter output, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(output);
        var rows = 0;
        for (var start = 0; start < corpus.Count; start += BatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var firstRow = rows + 1;
            var batch = Batch(corpus, start, _ => "");
            // Row numbers follow the order of the file, second versions included.
            var numbered = new List<(SyntheticCable Cable, int Row)>();
            foreach (var (cable, _) in batch.SelectMany(b => b)) numbered.Add((cable, firstRow + numbered.Count));
            var texts = new string[numbered.Count];
            Parallel.For(0, numbered.Count, i =>
            {
                var row = new StringBuilder(8_192);
                CablegateCsvRow.Append(row, numbered[i].Row, numbered[i].Cable.Cable);
                texts[i] = row.ToString();
            });
            foreach (var text in texts) output.Write(text);
            rows += texts.Length;
            progress?.Report(Math.Min(corpus.Count, start + BatchSize));
        }
        output.Flush();
        return rows;
    }

    private static (SyntheticCable Cable, string Text)[][] Batch(SyntheticCorpus corpus, int start, Func<SyntheticCable, string> render)
    {
        var count = Math.Min(BatchSize, corpus.Count - start);
        var batch = new (SyntheticCable, string)[count][];
        Parallel.For(0, count, i => batch[i] = [.. corpus.Build(start + i).Select(c => (c, render(c)))]);
        return batch;
    }
}
