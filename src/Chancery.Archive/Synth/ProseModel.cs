using System.Text;
using static Chancery.Archive.Synth.ProseVocabulary;

namespace Chancery.Archive.Synth;

/// <summary>
/// Writes diplomatic reporting prose from templates: sentences of 12 to 40 words about a topic's actors and
/// objects, with speech verbs, hedges and time phrases, grouped into paragraphs. Upper case and ITA2-safe,
/// as a cable's text is. Every sentence ends with a word of four letters or more and a full stop.
/// </summary>
internal sealed class ProseModel(SynthRandom random, TopicTable.Topic topic, string country, string contact)
{
    /// <summary>A sentence reporting on the topic.</summary>
    public void Sentence(StringBuilder text)
    {
        switch (random.Next(9))
        {
            case 0:
                text.Append(random.Pick(Openers)).Append(", ").Append(Actor()).Append(' ').Append(random.Pick(SpeechVerbs))
                    .Append(" THAT ");
                Clause(text);
                break;
            case 1:
                text.Append(Actor()).Append(' ').Append(random.Pick(SpeechVerbs)).Append(" THAT ");
                Clause(text);
                break;
            case 2:
                text.Append("ACCORDING TO ").Append(random.Pick(Sources)).Append(", ");
                Clause(text);
                break;
            case 3:
                text.Append(contact).Append(" MET WITH ").Append(Actor()).Append(' ').Append(random.Pick(Times))
                    .Append(" TO DISCUSS ").Append(Object()).Append(" AND ").Append(Object());
                break;
            case 4:
                text.Append(Actor()).Append(" EXPRESSED ").Append(random.Pick(Reactions)).Append(" ABOUT ").Append(Object())
                    .Append(", NOTING THAT ");
                Clause(text);
                break;
            case 5:
                text.Append(random.Pick(Times)).Append(", ");
                Clause(text);
                break;
            case 6:
                text.Append("WHEN ASKED ABOUT ").Append(Object()).Append(", ").Append(Actor()).Append(' ')
                    .Append(random.Pick(SpeechVerbs)).Append(" THAT ");
                Clause(text);
                break;
            case 7:
                Clause(text);
                text.Append(", AND ").Append(Actor()).Append(' ').Append(random.Pick(Modals)).Append(' ').Append(Object());
                break;
            default:
                text.Append("THE ").Append(random.Pick(Adjectives)).Append(" PLAN FOR ").Append(Object()).Append(" WOULD AFFECT ")
                    .Append(Object()).Append(" IN ").Append(country);
                break;
        }
        EndSentence(text);
    }

    /// <summary>A paragraph of <paramref name="sentences"/> sentences.</summary>
    public string Paragraph(int sentences)
    {
        var text = new StringBuilder(sentences * 160);
        for (var i = 0; i < sentences; i++)
        {
            if (i > 0) text.Append(' ');
            Sentence(text);
        }
        return text.ToString();
    }

    /// <summary>A comment paragraph: <c>COMMENT: ... END COMMENT.</c></summary>
    public string Comment()
    {
        var text = new StringBuilder("COMMENT: ");
        text.Append(random.Pick(Assessments)).Append(". ");
        Sentence(text);
        text.Append(" END COMMENT.");
        return text.ToString();
    }

    /// <summary>A headline for the subject line.</summary>
    public string Headline() =>
        random.Pick(topic.Headlines).Replace("{C}", country, StringComparison.Ordinal).Replace("{N}", Object(), StringComparison.Ordinal);

    private void Clause(StringBuilder text) =>
        text.Append(Actor()).Append(' ').Append(random.Pick(Modals)).Append(' ').Append(Object()).Append(random.Pick(Tails));

    private string Actor() => random.Next(5) == 0 ? random.Pick(TopicTable.All[random.Next(TopicTable.All.Length)].Actors) : random.Pick(topic.Actors);

    private string Object() => random.Next(4) == 0 ? "THE " + random.Pick(Adjectives) + " " + Strip(random.Pick(topic.Objects)) : random.Pick(topic.Objects);

    private static string Strip(string phrase) => phrase.StartsWith("THE ", StringComparison.Ordinal) ? phrase[4..] : phrase;

    /// <summary>Ends with a full stop after a word of four letters or more (a short last word can read as a signature).</summary>
    private static void EndSentence(StringBuilder text)
    {
        var end = text.Length;
        var start = end;
        while (start > 0 && char.IsAsciiLetter(text[start - 1])) start--;
        if (end - start < 4) text.Append(" THIS WEEK");
        text.Append('.');
    }
}
