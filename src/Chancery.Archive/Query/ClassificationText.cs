using Chancery.Cables;

namespace Chancery.Archive.Query;

/// <summary>The spellings of a classification level users type: full names, banner forms and the portion-mark letters.</summary>
public static class ClassificationText
{
    /// <summary>
    /// The level <paramref name="text"/> names, or null. Case, spaces, hyphens and underscores are ignored:
    /// <c>S</c>, <c>secret</c>; <c>C</c>, <c>CONF</c>; <c>U</c>, <c>UNCLAS</c>, <c>SBU</c>; <c>LOU</c>,
    /// <c>limited official use</c>; <c>TS</c>, <c>top-secret</c>.
    /// </summary>
    public static Classification? Parse(string text)
    {
        var letters = string.Concat(text.Where(char.IsLetter)).ToUpperInvariant();
        return letters switch
        {
            "U" or "UNCLAS" or "UNCLASSIFIED" or "SBU" or "SENSITIVEBUTUNCLASSIFIED" or "FOUO" => Classification.Unclassified,
            "LOU" or "LIMITEDOFFICIALUSE" => Classification.LimitedOfficialUse,
            "C" or "CONF" or "CONFIDENTIAL" => Classification.Confidential,
            "S" or "SECRET" => Classification.Secret,
            "TS" or "TOPSECRET" => Classification.TopSecret,
            _ => null,
        };
    }
}
