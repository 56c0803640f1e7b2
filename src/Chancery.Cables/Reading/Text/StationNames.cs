namespace Chancery.Cables.Reading.Text;

/// <summary>
/// Station names as Cablegate reference ids spell them: no spaces, <c>SECSTATE</c> as <c>STATE</c>.
/// </summary>
internal static class StationNames
{
    private static readonly HashSet<string> MultiWord = new(StringComparer.Ordinal)
    {
        "USUNNEWYORK", "THEHAGUE", "RIODEJAN", "MEXICOCITY", "GUATEMALACITY", "PANAMACITY", "KUWAITCITY", "RIODEJANEIRO", "ABUDHABI", "ADDISABABA", "HOCHIMINHCITY", "KUALALUMPUR",
        "SANSALVADOR", "SANJOSE", "SANTODOMINGO", "SAOPAULO", "BUENOSAIRES", "PORTAUPRINCE", "PORTOFSPAIN",
        "PORTMORESBY", "PORTLOUIS", "DARESSALAAM", "TELAVIV", "NEWDELHI", "HONGKONG", "MEXICOCITY",
        "SRIJAYAWARDENEPURA", "BANDARSERIBEGAWAN",
        "LAPAZ", "USEUBRUSSELS", "USUNROME", "USUNVIENNA", "UNVIEVIENNA", "USOSCE", "CIUDADJUAREZ", "NUEVOLAREDO",
        "SANPEDROSULA", "CHIANGMAI", "ALKHOBAR", "STPETERSBURG", "SAINTPETERSBURG", "CAPETOWN", "LEPORT",
        "FRANKFURTAMMAIN", "SANTACRUZ", "CASABLANCA", "BELOHORIZONTE", "LOSANGELES", "SANFRANCISCO", "NEWYORK",
        "UNESCOPARISFR", "USTRGENEVA", "USDAFAS", "PORTOALEGRE", "HAMILTON", "BANJUL", "NDJAMENA", "NOUAKCHOTT",
        "YAOUNDE", "LUANDA", "JERUSALEM", "MUMBAI", "KOLKATA", "CHENNAI", "HYDERABAD", "KARACHI", "LAHORE",
        "PESHAWAR", "ISLAMABAD", "MONTERREY", "GUADALAJARA", "HERMOSILLO", "MATAMOROS", "MERIDA", "TIJUANA",
        "NOGALES", "USDELMTN", "USMTN", "RECIFE", "BRASILIA", "CHENGDU", "SHENYANG", "GUANGZHOU", "SHANGHAI",
        "BEIJING", "DHAHRAN", "JEDDAH", "RIYADH", "ANKARA", "ISTANBUL", "ADANA", "BAKU", "TBILISI", "YEREVAN",
        "SARAJEVO", "BANGUI", "BISHKEK", "DUSHANBE", "TASHKENT", "ASHGABAT", "ALMATY", "ASTANA",
    };

    /// <summary>The canonical station for a station written in one or more words, e.g. <c>USUN NEW YORK</c>.</summary>
    public static string Canonical(string joined) => joined switch
    {
        "SECSTATE" or "STATE" or "DEPTSTATE" or "SECSTATEWASHDC" => "STATE",
        "USUN" or "USUNNY" or "USUNNEWYORK" => "USUNNEWYORK",
        "USNATO" or "USMISSIONUSNATO" => "USNATO",
        "USEU" or "USEUBRUSSELS" => "USEUBRUSSELS",
        "UNVIE" or "UNVIEVIENNA" => "UNVIEVIENNA",
        "RIO" or "RIODEJAN" or "RIODE" => "RIODEJANEIRO",
        "MEXICOCITY" => "MEXICO",
        "GUATEMALACITY" => "GUATEMALA",
        "PANAMACITY" => "PANAMA",
        "KUWAITCITY" => "KUWAIT",
        _ => joined,
    };

    /// <summary>True when the words, joined, are a multi-word station name.</summary>
    public static bool IsKnownMultiWord(string joined) => MultiWord.Contains(joined) || joined is "RIODEJANEIRO" or "MEXICO" or "GUATEMALA" or "PANAMA" or "KUWAIT" || joined is "USUNNEWYORK" or "THEHAGUE";
}
