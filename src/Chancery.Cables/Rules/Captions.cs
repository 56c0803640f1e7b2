namespace Chancery.Cables.Rules;

/// <summary>Looks for a caption word among a cable's captions (<c>NOFORN, SIPDIS</c> holds both).</summary>
internal static class Captions
{
    /// <summary>True when any caption has <paramref name="word"/> as a whole word.</summary>
    public static bool Has(Cable cable, string word)
    {
        foreach (var caption in cable.Captions)
        {
            var span = caption.AsSpan();
            for (var index = span.IndexOf(word, StringComparison.OrdinalIgnoreCase); index >= 0;)
            {
                var end = index + word.Length;
                if ((index == 0 || !char.IsLetter(span[index - 1])) && (end == span.Length || !char.IsLetter(span[end]))) return true;
                var next = span[(index + 1)..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
                index = next < 0 ? -1 : index + 1 + next;
            }
        }
        return false;
    }
}
