namespace OnRecord.Bench.Generation;

/// <summary>
/// The invented world of the synthetic wire: fictional people, roles, real places and institutions,
/// topics and phrases, all written for OnRecord. Nothing here is quoted from real news.
/// </summary>
internal static class Vocabulary
{
    public static readonly string[] FirstNames =
    [
        "Anna", "Erik", "Maria", "Joost", "Ilse", "Paulo", "Amara", "Kenji", "Leila", "Tomasz", "Ngozi", "Rafael", "Sofia", "Dmitri", "Hana",
        "Lucas", "Fatima", "Oskar", "Priya", "Mateo", "Ingrid", "Kwame", "Elena", "Yusuf", "Clara", "Arjun", "Nadia", "Hugo", "Mei", "Samuel",
        "Greta", "Omar", "Lena", "Diego", "Aiko", "Pieter", "Zainab", "Felix", "Rosa", "Viktor", "Adaeze", "Jonas", "Marta", "Karim", "Sven",
        "Lucia", "Tariq", "Nora", "Emil", "Beatriz",
    ];

    public static readonly string[] Surnames =
    [
        "Lindqvist", "Verhagen", "Brandsma", "Okafor", "Serra", "Mensah", "Takeda", "Haddad", "Kowalski", "Adeyemi", "Moreau", "Petrov", "Novak",
        "Castillo", "Bergstrom", "Achebe", "Rahman", "Fischer", "Costa", "Nakamura", "Osei", "Dubois", "Ivanova", "Kaplan", "Santos", "Eriksen",
        "Mwangi", "Rossi", "Yilmaz", "Horvath", "Varga", "Mendes", "Sato", "Bianchi", "Quispe", "Lehmann", "Kariuki", "Duarte", "Holm", "Abara",
        "Strand", "Ferreira", "Kimura", "Nilsen", "Oduya", "Marchetti", "Vidal", "Larsen", "Tanaka", "Wojcik",
    ];

    public static readonly string[] Roles =
    [
        "Foreign Minister", "Finance Minister", "Trade Minister", "Defence Minister", "Health Minister", "Energy Minister", "Interior Minister",
        "government spokesman", "central bank governor", "opposition leader", "party chairman", "union leader", "deputy prime minister",
        "election commission chairman", "senior diplomat", "mayor", "chief negotiator", "army spokesman", "presidential adviser", "lawmaker",
    ];

    public static readonly string[] Places =
    [
        "Brussels", "Nairobi", "Washington", "Kyiv", "Berlin", "Paris", "Tokyo", "Lagos", "Brasilia", "Ankara", "Warsaw", "Jakarta", "Cairo",
        "Ottawa", "Canberra", "Madrid", "Rome", "Seoul", "Hanoi", "Lima", "Accra", "Dhaka", "Oslo", "Vienna", "Geneva", "Johannesburg", "Manila",
        "Buenos Aires", "Mexico City", "New Delhi",
    ];

    public static readonly string[] Countries =
    [
        "Kenya", "Brazil", "Germany", "France", "Japan", "Nigeria", "Turkey", "Poland", "Indonesia", "Egypt", "Canada", "Australia", "Spain",
        "Italy", "South Korea", "Vietnam", "Peru", "Ghana", "Bangladesh", "Norway", "Austria", "Switzerland", "South Africa", "the Philippines",
        "Argentina", "Mexico", "India", "the United States", "China", "Russia",
    ];

    public static readonly string[] Organisations =
    [
        "the European Commission", "the World Bank", "the United Nations", "the International Monetary Fund", "the African Union",
        "the central bank", "the electoral commission", "the finance ministry", "the supreme court", "the national assembly",
        "the dockers' union", "the farmers' association", "the chamber of commerce", "the opposition alliance", "the health ministry",
    ];

    public static readonly string[] Agencies = ["REUTERS", "AFP", "AP", "DPA", "ANSA", "EFE", "KYODO", "XINHUA"];

    public static readonly string[] Topics =
    [
        "fuel subsidies", "grain exports", "the budget deficit", "electricity prices", "border controls", "a new mining law", "teachers' pay",
        "the railway project", "fishing quotas", "the election timetable", "import tariffs", "water rationing", "a debt restructuring deal",
        "the ceasefire talks", "vaccine supplies", "a tax on sugary drinks", "port congestion", "rent controls", "the pension reform",
        "a ban on plastic bags", "steel quotas", "the minimum wage", "flood defences", "broadband coverage", "the wheat harvest",
        "refugee quotas", "a new airport", "interest rates", "drought relief", "coal power plants",
    ];

    public static readonly string[] Subjects = ["We", "The government", "Our country", "This coalition", "My ministry", "The people", "The ministry"];

    public static readonly string[] Modals = ["will not", "cannot", "must", "will", "should never", "are ready to", "refuse to", "have agreed to", "intend to", "will try to"];

    public static readonly string[] Actions =
    [
        "accept any deal on", "pay more for", "give up on", "rush a decision on", "reopen talks on", "publish the figures on", "vote for a delay to",
        "take lessons from anyone on", "stand by while others decide", "cut corners on", "sign a final agreement on", "raise the question of",
        "set a deadline for", "lift the freeze on", "ask parliament to review",
    ];

    public static readonly string[] Reasons =
    [
        "before the end of the year", "while families are struggling", "without a proper audit", "under pressure from abroad", "at any price",
        "until the courts have ruled", "this month", "after the summer", "with our neighbours", "in the next budget", "in good faith",
        "as long as I hold this office", "without consulting the regions", "behind closed doors", "by next spring",
    ];

    public static readonly string[] Clauses =
    [
        "the plan for {topic} would cost more than {number} million dollars", "talks on {topic} had stalled over the weekend",
        "{org} had not been consulted on {topic}", "a compromise on {topic} was within reach", "the figures on {topic} had been overstated",
        "{country} would challenge the decision on {topic} in court", "protests over {topic} would not change the policy",
        "the vote on {topic} should be postponed until {month}", "{number} jobs were at risk because of {topic}",
        "officials in {place} had already drafted a response on {topic}",
    ];

    public static readonly string[] Cues = ["said", "told reporters", "said in a statement", "told a news conference", "wrote on social media", "told parliament"];

    public static readonly string[] IndirectCues = ["said", "warned", "insisted", "told reporters", "argued", "denied", "acknowledged", "added"];

    public static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static readonly string[] Openings =
    [
        "{country} on {weekday} {verb} {topic}, the latest turn in a dispute that has lasted {number} weeks.",
        "Officials in {place} met on {weekday} to discuss {topic}, as pressure grew on the government to act.",
        "{org} said on {weekday} it would review {topic} after a report found gaps in the official data.",
        "Lawmakers in {country} approved a first reading of a bill on {topic} late on {weekday}, despite objections from the opposition.",
        "Hundreds of people marched through {place} on {weekday} to protest against {topic}.",
        "Negotiators from {country} and {country2} resumed talks on {topic} in {place} on {weekday}.",
    ];

    public static readonly string[] Background =
    [
        "The dispute over {topic} began in {month}, when {org} published its first estimates.",
        "Analysts in {place} said the outcome of the debate on {topic} could shape the next election.",
        "Figures released by {org} showed a rise of {number} per cent in the last quarter.",
        "A similar plan on {topic} was abandoned in {year} after months of protests.",
        "Diplomats said a decision on {topic} was unlikely before a summit in {place} in {month}.",
        "{org} has called for an independent review of {topic}, citing a shortfall of {number} million dollars.",
        "Opinion polls suggest that about {number} per cent of voters in {country} oppose the measure on {topic}.",
        "Trade between {country} and {country2} reached {number} billion dollars last year.",
    ];

    public static readonly string[] Verbs = ["announced new rules on", "rejected criticism of", "defended its plans for", "postponed a decision on", "opened an inquiry into", "signalled a change of course on"];

    public static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    public static readonly string[] Boilerplate =
    [
        "(Reporting by the {place} bureau; editing by the world desk)",
        "(Writing by a staff correspondent; additional reporting from {place})",
        "Copyright: all rights reserved by the publisher.",
    ];
}
