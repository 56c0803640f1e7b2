using Chancery.Archive.Query;
using Chancery.Archive.Text;
using Chancery.Cables;
using static Chancery.Archive.Tests.Query.Q;

namespace Chancery.Archive.Tests.Query;

public class QueryParserTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("*")]
    [InlineData("( * )")]
    public void EmptyQueryOrStarMatchesEverything(string text) => Assert.Equal(AllNode.Instance, Parsed(text));

    [Fact]
    public void WordsAreFoldedAndJoinedByAnd()
    {
        Assert.Equal(T("pipeline"), Parsed("Pipeline"));
        Assert.Equal(And(T("oil"), T("pipeline")), Parsed("oil pipeline"));
        Assert.Equal(T(SearchTokenizer.Fold("Société")), Parsed("Société"));
        Assert.Equal(And(T("oil"), T("pipeline")), Parsed("oil AND pipeline"));
    }

    [Fact]
    public void AWordTheTokenizerSplitsBecomesAPhrase()
    {
        Assert.Equal(P("post", "soviet"), Parsed("post-soviet"));
        Assert.Equal(P("u", "s"), Parsed("U.S."));
        Assert.Equal(And(T("the"), P("minister", "s"), T("plan")), Parsed("the minister's plan"));
    }

    [Fact]
    public void PhrasesKeepWordOrderAndOneWordPhrasesAreTerms()
    {
        Assert.Equal(P("oil", "pipeline"), Parsed("\"Oil  Pipeline\""));
        Assert.Equal(T("pipeline"), Parsed("\"pipeline\""));
        Assert.Equal(And(P("human", "rights"), T("report")), Parsed("\"human rights\" report"));
    }

    [Fact]
    public void OrBindsLooserThanAnd()
    {
        Assert.Equal(Or(And(T("a1"), T("b1")), T("c1")), Parsed("a1 b1 OR c1"));
        Assert.Equal(Or(T("a1"), And(T("b1"), T("c1"))), Parsed("a1 OR b1 AND c1"));
        Assert.Equal(And(T("a1"), Or(T("b1"), T("c1"))), Parsed("a1 (b1 OR c1)"));
    }

    [Fact]
    public void LowerCaseOperatorsAreWords()
    {
        Assert.Equal(And(T("war"), T("and"), T("peace")), Parsed("war and peace"));
        Assert.Equal(And(T("this"), T("or"), T("that")), Parsed("this or that"));
    }

    [Fact]
    public void NotAndMinusNegate()
    {
        Assert.Equal(And(T("oil"), Not(T("gas"))), Parsed("oil NOT gas"));
        Assert.Equal(And(T("oil"), Not(T("gas"))), Parsed("oil -gas"));
        Assert.Equal(And(T("oil"), Not(T("gas"))), Parsed("oil AND NOT gas"));
        Assert.Equal(And(T("oil"), Not(Tag("PREL"))), Parsed("oil -tag:PREL"));
        Assert.Equal(And(T("oil"), Not(P("natural", "gas"))), Parsed("oil -\"natural gas\""));
        Assert.Equal(And(T("oil"), Not(Or(T("gas"), T("coal")))), Parsed("oil -(gas OR coal)"));
    }

    [Fact]
    public void AHyphenInsideAWordOrOnItsOwnIsNoNegation()
    {
        Assert.Equal(P("anti", "trafficking"), Parsed("anti-trafficking"));
        Assert.Equal(And(T("oil"), T("gas")), Parsed("oil - gas"));
    }

    [Fact]
    public void AQueryOfNegationsOnlyMeansEverythingBut()
    {
        Assert.Equal(Only(Tag("PREL")), Parsed("-tag:PREL"));
        Assert.Equal(Only(T("oil"), T("gas")), Parsed("NOT oil NOT gas"));
        Assert.Equal(Or(T("oil"), Only(T("gas"))), Parsed("oil OR -gas"));
    }

    [Fact]
    public void DoubleNegationCancels() => Assert.Equal(T("oil"), Parsed("NOT NOT oil"));

    [Fact]
    public void NestedAndOrAreFlattenedAndDuplicatesDropped()
    {
        Assert.Equal(And(T("a1"), T("b1"), T("c1")), Parsed("(a1 b1) c1"));
        Assert.Equal(Or(T("a1"), T("b1"), T("c1")), Parsed("a1 OR (b1 OR c1)"));
        Assert.Equal(T("oil"), Parsed("oil oil"));
        Assert.Equal(T("oil"), Parsed("((oil))"));
    }

    [Fact]
    public void PrefixSearch()
    {
        Assert.Equal(Prefix("pipe"), Parsed("pipe*"));
        Assert.Equal(And(Prefix("terror"), T("finance")), Parsed("Terror* finance"));
        Assert.Equal(new TermNode("kaza", true, TextScope.Subject), Parsed("subject:kaza*"));
    }

    [Fact]
    public void FieldFiltersNormaliseTheirValues()
    {
        Assert.Equal(Tag("PREL"), Parsed("tag:prel"));
        Assert.Equal(Tag("PREL"), Parsed("TAG:PREL"));
        Assert.Equal(Origin("ASTANA"), Parsed("origin:Astana"));
        Assert.Equal(Origin("ABUDHABI"), Parsed("origin:\"abu dhabi\""));
        Assert.Equal(Origin("STATE"), Parsed("origin:SECSTATE"));
        Assert.Equal(Caption("NOFORN"), Parsed("caption:noforn"));
        Assert.Equal(To("RUEHC"), Parsed("to:ruehc"));
        Assert.Equal(To("SECSTATE WASHDC"), Parsed("to:\"secstate  washdc\""));
        Assert.Equal(To("2006"), Parsed("to:\"2006\""));
        Assert.Equal(Ref("06ASTANA38"), Parsed("ref:06ASTANA38"));
        Assert.Equal(Id("06ASTANA38"), Parsed("id:06astana000038"));
        Assert.Equal(Id("06ASTANA38"), Parsed("id:\"06 ASTANA 38\""));
        Assert.Equal(Id("06STATE1234"), Parsed("id:2006SECSTATE1234"));
        Assert.Equal(Tag("ADB-1"), Parsed("tag:ADB-1"));
    }

    [Theory]
    [InlineData("SECRET", Classification.Secret)]
    [InlineData("s", Classification.Secret)]
    [InlineData("C", Classification.Confidential)]
    [InlineData("confidential", Classification.Confidential)]
    [InlineData("CONF", Classification.Confidential)]
    [InlineData("U", Classification.Unclassified)]
    [InlineData("UNCLAS", Classification.Unclassified)]
    [InlineData("SBU", Classification.Unclassified)]
    [InlineData("LOU", Classification.LimitedOfficialUse)]
    [InlineData("\"Limited Official Use\"", Classification.LimitedOfficialUse)]
    [InlineData("limited_official_use", Classification.LimitedOfficialUse)]
    [InlineData("TS", Classification.TopSecret)]
    [InlineData("\"TOP SECRET\"", Classification.TopSecret)]
    [InlineData("top-secret", Classification.TopSecret)]
    public void ClassificationSpellings(string value, Classification expected) =>
        Assert.Equal(Class(expected), Parsed("class:" + value));

    [Fact]
    public void DatesNamePeriods()
    {
        Assert.Equal(Dates(D(2006), null), Parsed("from:2006"));
        Assert.Equal(Dates(D(2006, 1), null), Parsed("from:2006-01"));
        Assert.Equal(Dates(D(2006, 3, 5), null), Parsed("from:2006-3-5"));
        Assert.Equal(Dates(null, D(2007)), Parsed("to:2006"));
        Assert.Equal(Dates(null, D(2006, 7)), Parsed("to:2006-06"));
        Assert.Equal(Dates(null, D(2006, 7)), Parsed("to:2006-06-30"));
        Assert.Equal(Dates(null, D(2008, 3)), Parsed("to:2008-02-29"));
    }

    [Fact]
    public void TheDatesOfOneAndAreMergedIntoOneRange()
    {
        Assert.Equal(Dates(D(2006, 1), D(2006, 7)), Parsed("from:2006-01 to:2006-06-30"));
        Assert.Equal(And(Tag("PREL"), Dates(D(2006, 1), D(2006, 7))), Parsed("tag:PREL from:2006-01 to:2006-06"));
        Assert.Equal(Dates(D(2007), D(2008)), Parsed("from:2006 from:2007 to:2009 to:2007"));
    }

    [Fact]
    public void ToIsAnAddresseeUnlessItLooksLikeADate()
    {
        Assert.Equal(And(To("RUEHC"), Dates(null, D(2006, 7))), Parsed("to:RUEHC to:2006-06-30"));
        Assert.Equal(To("SECSTATE"), Parsed("to:SECSTATE"));
    }

    [Fact]
    public void SubjectScopesItsWordsAndPhrases()
    {
        Assert.Equal(S("pipeline"), Parsed("subject:pipeline"));
        Assert.Equal(new PhraseNode(["oil", "pipeline"], TextScope.Subject), Parsed("subject:\"oil pipeline\""));
        Assert.Equal(new PhraseNode(["post", "soviet"], TextScope.Subject), Parsed("subject:post-soviet"));
        Assert.Equal(And(S("oil"), Or(S("gas"), S("coal")), Not(S("price"))), Parsed("subject:(oil (gas OR coal) -price)"));
        Assert.Equal(And(S("oil"), T("gas")), Parsed("subject:oil gas"));
    }

    [Fact]
    public void AFieldAppliesToEachValueOfAGroup()
    {
        Assert.Equal(Or(Tag("PREL"), Tag("PGOV")), Parsed("tag:(PREL OR pgov)"));
        Assert.Equal(And(Tag("PREL"), Not(Tag("PGOV"))), Parsed("tag:(PREL -PGOV)"));
        Assert.Equal(Or(Class(Classification.Secret), Class(Classification.TopSecret)), Parsed("class:(S OR TS)"));
    }

    [Fact]
    public void AllTogether()
    {
        var parsed = Parsed("tag:PREL origin:ASTANA (\"human rights\" OR trafficking) -class:SECRET from:2006-01 to:2006-06-30 ref:05ALMATY1450");
        Assert.Equal(And(
            Tag("PREL"), Origin("ASTANA"), Or(P("human", "rights"), T("trafficking")), Not(Class(Classification.Secret)),
            Dates(D(2006, 1), D(2006, 7)), Ref("05ALMATY1450")), parsed);
    }

    [Theory]
    [InlineData("\"oil pipeline", 0, "unclosed quote")]
    [InlineData("oil \"pipeline", 4, "unclosed quote")]
    [InlineData("(oil OR gas", 0, "unclosed parenthesis")]
    [InlineData("oil (gas (coal)", 4, "unclosed parenthesis")]
    [InlineData("oil)", 3, "unmatched closing parenthesis")]
    [InlineData("oil ()", 4, "empty parentheses")]
    [InlineData("subject:()", 8, "empty parentheses")]
    [InlineData("oil colour:red", 4, "unknown field 'colour:'")]
    [InlineData("oil AND", 4, "AND needs something after it")]
    [InlineData("oil OR", 4, "OR needs something after it")]
    [InlineData("oil OR OR gas", 4, "OR needs something after it")]
    [InlineData("OR gas", 0, "OR needs something before it")]
    [InlineData("AND gas", 0, "AND needs something before it")]
    [InlineData("oil NOT", 4, "NOT needs something after it")]
    [InlineData("(oil AND) gas", 5, "AND needs something after it")]
    [InlineData("from:2006-13", 5, "bad date '2006-13'")]
    [InlineData("from:2006-02-30", 5, "bad date '2006-02-30'")]
    [InlineData("from:yesterday", 5, "bad date 'YESTERDAY'")]
    [InlineData("to:1850", 3, "bad date '1850'")]
    [InlineData("oil class:SECRETISH", 10, "unknown classification 'SECRETISH'")]
    [InlineData("ref:ASTANA38", 4, "'ASTANA38' is not a reference id")]
    [InlineData("id:06ASTANA", 3, "'06ASTANA' is not a reference id")]
    [InlineData("tag:", 0, "tag: needs a value right after the colon")]
    [InlineData("tag: PREL", 0, "tag: needs a value right after the colon")]
    [InlineData("tag:\"\"", 4, "tag: needs a value")]
    [InlineData("oil \"\"", 4, "empty phrase")]
    [InlineData("subject:(tag:PREL)", 9, "a field cannot be used inside subject:(...)")]
    [InlineData("tag:(origin:ASTANA)", 5, "a field cannot be used inside tag:(...)")]
    [InlineData("pi*pe", 2, "* can only end a word")]
    [InlineData("p*", 0, "a prefix needs at least 2 letters before *")]
    [InlineData("post-sov*", 8, "* must follow a single word")]
    public void ErrorsNameTheirPosition(string text, int position, string message)
    {
        var result = QueryParser.Parse(text);
        Assert.False(result.Succeeded);
        Assert.Null(result.Query);
        Assert.Equal(position, result.Error!.Position);
        Assert.StartsWith(message, result.Error.Message);
    }

    [Fact]
    public void AnOverLongQueryIsRefusedAtTheLimit()
    {
        var result = QueryParser.Parse(new string('a', QueryParser.MaxLength + 1));
        Assert.Equal(QueryParser.MaxLength, result.Error!.Position);
        Assert.True(QueryParser.Parse(new string('a', QueryParser.MaxLength)).Succeeded);
    }

    [Fact]
    public void TooManyTermsAreRefusedAtTheFirstOneOver()
    {
        var words = Enumerable.Range(0, QueryParser.MaxTerms + 1).Select(i => "w" + i).ToList();
        var text = string.Join(' ', words);
        var result = QueryParser.Parse(text);
        Assert.Equal(text.IndexOf(" w100", StringComparison.Ordinal) + 1, result.Error!.Position);
        Assert.True(QueryParser.Parse(string.Join(' ', words.Take(QueryParser.MaxTerms))).Succeeded);
    }

    [Fact]
    public void DeepNestingIsRefused()
    {
        var text = new string('(', QueryParser.MaxDepth + 1) + "oil" + new string(')', QueryParser.MaxDepth + 1);
        Assert.Equal(QueryParser.MaxDepth, QueryParser.Parse(text).Error!.Position);
        var negations = string.Concat(Enumerable.Repeat("NOT ", QueryParser.MaxDepth + 1)) + "oil";
        Assert.False(QueryParser.Parse(negations).Succeeded);
    }

    [Fact]
    public void ErrorTextForUsersCountsFromOne() =>
        Assert.Equal("query error at position 5: unclosed quote", QueryParser.Parse("oil \"gas").Error!.ToString());
}
