namespace Chancery.Archive.Synth;

/// <summary>
/// The word lists the prose model draws from: the connective tissue of reporting cables (who said what, when,
/// with what hedging), written for this project. Topic words come from <see cref="TopicTable"/>.
/// </summary>
internal static class ProseVocabulary
{
    public static readonly string[] SpeechVerbs =
    [
        "SAID", "TOLD POLOFF", "TOLD THE AMBASSADOR", "NOTED", "STRESSED", "ARGUED", "CLAIMED", "CONFIRMED", "ASSERTED",
        "EXPLAINED", "ACKNOWLEDGED", "COMPLAINED", "PREDICTED", "CAUTIONED", "INSISTED", "REMARKED", "SUGGESTED", "ADMITTED",
    ];

    public static readonly string[] Modals =
    [
        "WOULD CONTINUE TO SUPPORT", "HAD YET TO APPROVE", "PLANNED TO EXPAND", "WAS UNLIKELY TO ACCEPT", "HOPED TO CONCLUDE",
        "WOULD NOT OPPOSE", "INTENDED TO REVIEW", "HAD QUIETLY ABANDONED", "WAS PREPARED TO DISCUSS", "REMAINED DIVIDED OVER",
        "WOULD SEEK TO DELAY", "HAD AGREED TO RECONSIDER", "WAS WORKING TO IMPLEMENT", "COULD NOT AFFORD TO IGNORE",
        "WANTED TO AVOID", "EXPECTED TO FINALIZE", "WAS STILL STUDYING", "WOULD PRESS AHEAD WITH", "HAD UNDERESTIMATED",
        "WAS DETERMINED TO PROTECT", "SAW LITTLE PROGRESS ON", "WELCOMED U.S. INTEREST IN", "REMAINED SKEPTICAL OF",
    ];

    public static readonly string[] Tails =
    [
        "", "", "", " IN THE COMING MONTHS", " BEFORE THE END OF THE YEAR", " DESPITE STRONG OPPOSITION", " WITH DONOR SUPPORT",
        " AHEAD OF THE ELECTIONS", " UNLESS THE SECURITY SITUATION IMPROVES", " AS A MATTER OF PRIORITY", " FOR THE MOMENT",
        " IF THE BUDGET ALLOWS", " AFTER CONSULTATIONS WITH PARLIAMENT", " IN CLOSE COORDINATION WITH WASHINGTON",
        " WITHOUT FURTHER DELAY", " AT THE NEXT CABINET MEETING", " ONCE THE NEW MINISTER IS CONFIRMED",
    ];

    public static readonly string[] Openers =
    [
        "IN A MEETING WITH THE AMBASSADOR", "IN SEPARATE CONVERSATIONS", "PRIVATELY", "IN PUBLIC REMARKS", "AT A PRESS CONFERENCE",
        "IN A FOLLOW-UP CONVERSATION", "DURING A DINNER HOSTED BY THE DCM", "ACCORDING TO PRESS REPORTS", "IN A RECENT INTERVIEW",
        "ON THE MARGINS OF THE CONFERENCE", "SPEAKING ON BACKGROUND", "IN A WRITTEN RESPONSE", "LATER IN THE WEEK",
    ];

    public static readonly string[] Sources =
    [
        "A WELL-PLACED CONTACT", "OUR INTERLOCUTORS", "SEVERAL DIPLOMATS", "LOCAL ANALYSTS", "A SENIOR ADVISER", "EMBASSY CONTACTS",
        "A FORMER MINISTER", "A JOURNALIST WHO COVERS THE ISSUE", "OPPOSITION SOURCES", "A UN OFFICIAL", "INDUSTRY REPRESENTATIVES",
    ];

    public static readonly string[] Reactions =
    [
        "CONCERN", "FRUSTRATION", "CAUTIOUS OPTIMISM", "SURPRISE", "STRONG SUPPORT", "RESERVATIONS", "APPRECIATION", "DISAPPOINTMENT",
    ];

    public static readonly string[] Assessments =
    [
        "THE GOVERNMENT IS UNLIKELY TO CHANGE COURSE BEFORE THE ELECTIONS", "THE ISSUE WILL REMAIN A SOURCE OF FRICTION",
        "OUR INTERLOCUTORS MAY BE OVERSTATING THEIR INFLUENCE", "THE PROPOSAL HAS BROADER SUPPORT THAN ITS CRITICS SUGGEST",
        "THE DECISION REFLECTS DOMESTIC POLITICAL CALCULATIONS", "WE SHOULD EXPECT LITTLE MOVEMENT IN THE SHORT TERM",
        "CONTINUED ENGAGEMENT AT A SENIOR LEVEL WILL BE NEEDED", "POST WILL CONTINUE TO FOLLOW THE ISSUE CLOSELY",
        "THE MINISTER'S REMARKS SIGNAL A REAL SHIFT IN POLICY", "THE TIMING IS LIKELY NOT A COINCIDENCE",
    ];

    public static readonly string[] Adjectives =
    [
        "NEW", "PROPOSED", "LONG-DELAYED", "CONTROVERSIAL", "AMBITIOUS", "REVISED", "NATIONAL", "REGIONAL", "JOINT", "INTERIM",
        "COMPREHENSIVE", "MODEST", "PRELIMINARY", "BILATERAL",
    ];

    public static readonly string[] Times =
    [
        "ON MONDAY", "ON TUESDAY", "ON WEDNESDAY", "ON THURSDAY", "ON FRIDAY", "LAST WEEK", "EARLIER THIS MONTH", "IN RECENT WEEKS",
        "SINCE THE SUMMER", "OVER THE WEEKEND", "LATE LAST YEAR",
    ];

    public static readonly string[] Months =
        ["JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER"];

    public static readonly string[] Titles =
    [
        "AMBASSADOR", "CHARGE D'AFFAIRES", "DCM", "POLITICAL COUNSELOR", "ECONOMIC COUNSELOR", "POLITICAL OFFICER", "PERMREP",
    ];

    public static readonly string[] Reasons = ["1.4(B)", "1.4(D)", "1.4(C)", "1.4(A)", "1.4(E)", "1.4(G)", "1.4(H)"];

    /// <summary>Syllables that names are built from (no real person is meant).</summary>
    public static readonly string[] NameSyllables =
    [
        "KA", "RI", "MO", "VA", "LEN", "DOR", "SA", "BE", "TA", "NI", "GUL", "ZA", "HAR", "MIR", "OS", "TO", "LU", "FE", "DA", "RO",
        "AN", "EL", "KO", "MAR", "SU", "VIN", "BRA", "TE", "LO", "GA",
    ];

    public static readonly string[] NameEndings = ["OV", "EVA", "ESCU", "IC", "ANI", "EZ", "ER", "SON", "AKI", "OU", "ENKO", "INE", "A", "I"];

    public static readonly string[] Surnames =
    [
        "TRACY", "ORDWAY", "HOAGLAND", "MILLER", "JOHNSON", "GARCIA", "OKAFOR", "NGUYEN", "BRENNAN", "KOWALSKI", "HENDERSON",
        "PATTERSON", "WHITAKER", "DELANEY", "MORRISON", "CALDWELL", "FITZGERALD", "SANTOS", "LINDQVIST", "HARTMANN", "OKONKWO",
    ];

    public static readonly string[] GivenInitials = ["J.", "A.", "R.", "M.", "D.", "S.", "K.", "L.", "P.", "E."];

    public static readonly string[] Secretaries = ["ACHESON", "RUSK", "ROGERS", "KISSINGER", "VANCE", "HAIG", "SHULTZ", "BAKER", "CHRISTOPHER", "ALBRIGHT", "POWELL", "RICE", "CLINTON"];

    public static readonly string[] ForLinePatterns =
    [
        "STATE FOR {B} AND DRL", "STATE FOR {B}/FO", "DEPARTMENT PLEASE PASS TO USTR", "TREASURY FOR OASIA", "STATE PASS TO USAID",
        "NSC FOR SENIOR DIRECTOR", "USDOC FOR ITA/MAC", "STATE FOR {B}, INR AND S/CT",
    ];
}
