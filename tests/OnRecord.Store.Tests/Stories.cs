using OnRecord.Core.Annotations;
using OnRecord.Core.Documents;

namespace OnRecord.Store.Tests;

/// <summary>Invented wire stories (people, words and figures are fiction) used across the store tests.</summary>
public static class Stories
{
    public static readonly DateOnly PortDate = new(2025, 3, 4);

    public const string PortBody =
        "Dock workers at the port of Rotterdam will extend their strike into a second week after talks with terminal operators broke down on Monday, the union said.\n\n" +
        "Union leader Joost Verhagen told reporters that the operators had offered \"nothing that a family can live on\" and that the walkout would continue until a new offer was tabled.\n\n" +
        "\"We are ready to talk tomorrow, but we will not go back for crumbs,\" Mr Verhagen said outside the union's offices.\n\n" +
        "The operators' association said in a statement that its offer of a 4 per cent rise was fair and that the strike was costing the port about 30 million euros a day.\n\n" +
        "Transport Minister Ilse Brandsma urged both sides to return to mediation and said the government was monitoring the effect on fuel and food supplies.\n\n" +
        "Shipping lines have begun diverting container vessels to Antwerp and Hamburg, where terminal managers reported queues of up to three days for berths.\n\n" +
        "Economists at a Dutch bank estimated that a strike lasting a month could take a tenth of a percentage point off quarterly growth.";

    public static string Wire(string body, DateOnly date, string place, string agency) =>
        $"date {date:yyyy-MM-dd} {place} - {body} {agency}";

    /// <summary>The port strike story, annotated.</summary>
    public static Document Port(string id = "port-strike.txt", string agency = "REUTERS", string? title = "Rotterdam dock strike enters second week")
    {
        var text = Wire(PortBody, PortDate, "ROTTERDAM", agency);
        return new StoryBuilder(id, text, PortDate) { Source = agency, Title = title }
            .Entity("Rotterdam", EntityLabel.GPE)
            .Entity("Joost Verhagen", EntityLabel.PERSON, role: "Union leader")
            .Entity("Mr Verhagen", EntityLabel.PERSON, canonical: "Joost Verhagen")
            .Entity("Ilse Brandsma", EntityLabel.PERSON, role: "Transport Minister")
            .Entity("Antwerp", EntityLabel.GPE)
            .Entity("Hamburg", EntityLabel.GPE)
            .Quote("the operators had offered \"nothing that a family can live on\" and that the walkout would continue until a new offer was tabled",
                QuoteKind.Mixed, speaker: "Union leader Joost Verhagen", canonical: "Joost Verhagen", cue: "told reporters", role: "Union leader")
            .Quote("We are ready to talk tomorrow, but we will not go back for crumbs,", QuoteKind.Direct, speaker: "Mr Verhagen", canonical: "Joost Verhagen", cue: "said")
            .Quote("both sides to return to mediation", QuoteKind.Indirect, speaker: "Transport Minister Ilse Brandsma", canonical: "Ilse Brandsma", cue: "urged", role: "Transport Minister")
            .Timex("Monday", TimexType.DATE, "2025-03-03")
            .Build();
    }

    /// <summary>A syndicated copy: another headline and agency, the last two paragraphs trimmed, a byline and boilerplate added.</summary>
    public static Document PortCopy(string id = "port-strike-copy.txt")
    {
        var paragraphs = PortBody.Split("\n\n");
        var body = "By Staff Reporter\n\n" + string.Join("\n\n", paragraphs[..^2]) + "\n\n(Reporting by the Amsterdam newsroom; editing by the Europe desk)";
        var text = Wire(body, PortDate.AddDays(1), "AMSTERDAM", "AFP");
        return new StoryBuilder(id, text, PortDate.AddDays(1)) { Source = "AFP", Title = "Dutch port stoppage drags on as talks fail" }
            .Entity("Joost Verhagen", EntityLabel.PERSON)
            .Quote("We are ready to talk tomorrow, but we will not go back for crumbs,", QuoteKind.Direct, speaker: "Mr Verhagen", canonical: "Joost Verhagen", cue: "said")
            .Build();
    }

    /// <summary>A different story on the same subject, from the same port, a week later.</summary>
    public static Document PortFollowUp()
    {
        var date = PortDate.AddDays(8);
        var body =
            "Dock workers in Rotterdam voted on Wednesday to accept a revised pay offer, ending a strike that had halted most container traffic for nine days.\n\n" +
            "Joost Verhagen, who leads the dockers' union, said members had backed the deal by a large majority and would return to work on the night shift.\n\n" +
            "\"This is a fair result, and it was won by people who stood together,\" Mr Verhagen said.\n\n" +
            "The terminal operators said the agreement raised wages by 6 per cent over two years and added a bonus for night work.\n\n" +
            "Port authorities expect it to take about two weeks to clear the backlog of ships waiting at anchor in the North Sea.";
        var text = Wire(body, date, "ROTTERDAM", "REUTERS");
        return new StoryBuilder("port-deal.txt", text, date) { Source = "REUTERS", Title = "Rotterdam dockers accept deal" }
            .Entity("Rotterdam", EntityLabel.GPE)
            .Entity("Joost Verhagen", EntityLabel.PERSON, role: "union leader")
            .Entity("North Sea", EntityLabel.LOC)
            .Quote("This is a fair result, and it was won by people who stood together,", QuoteKind.Direct, speaker: "Mr Verhagen", canonical: "Joost Verhagen", cue: "said")
            .Quote("members had backed the deal by a large majority and would return to work on the night shift", QuoteKind.Indirect,
                speaker: "Joost Verhagen, who leads the dockers' union", canonical: "Joost Verhagen", cue: "said")
            .Build();
    }
}
