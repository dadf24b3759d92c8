namespace OnRecord.Nlp.Entities.Training;

/// <summary>
/// Hand-written closed lists compiled into the gazetteer next to the actor dictionaries: words that mark
/// roles, honorifics, organisation, place and facility heads, groups, languages and regions.
/// </summary>
internal static class WordLists
{
    public static readonly string[] Honorifics =
    [
        "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Sir", "Dame", "Lord", "Lady", "Madam", "Mme",
        "Messrs", "Messrs.", "Mx",
    ];

    /// <summary>Role nouns and the modifiers that build role phrases ("Deputy Foreign Minister").</summary>
    public static readonly string[] Roles =
    [
        "President", "Vice", "Vice-President", "President-elect", "Prime", "Minister", "Premier", "Chancellor",
        "Spokesman", "Spokeswoman", "Spokesperson", "Secretary", "Secretary-General", "Senator", "Sen.", "Rep.",
        "Representative", "Congressman", "Congresswoman", "Governor", "Gov.", "Mayor", "Counsel", "Special",
        "Attorney", "Attorney-General", "General", "Gen.", "Judge", "Justice", "Ambassador", "Envoy", "Chairman",
        "Chairwoman", "Chair", "Chief", "Director", "Director-General", "Leader", "King", "Queen", "Prince",
        "Princess", "Pope", "Emperor", "Commissioner", "Commander", "Colonel", "Col.", "Lt.", "Lieutenant",
        "Captain", "Capt.", "Sergeant", "Sgt.", "Admiral", "Adm.", "Major", "Maj.", "Marshal", "Deputy", "Foreign",
        "Defence", "Defense", "Interior", "Finance", "Former", "Acting", "Executive", "CEO", "Head", "Founder",
        "Coach", "Manager", "Lawyer", "Analyst", "Professor", "Prof.", "Bishop", "Archbishop", "Cardinal", "Rev.",
        "Reverend", "Sheikh", "Ayatollah", "Speaker", "Official", "Aide", "Adviser", "Advisor", "Economist",
        "Prosecutor", "Lawmaker", "Legislator", "Diplomat", "Negotiator", "Candidate", "Nominee", "Senior",
        "Assistant", "Associate", "Intelligence", "Security", "National", "Trade", "Economy", "Economic", "Health",
        "Justice", "Energy", "Agriculture", "Labour", "Labor", "Education", "Communications", "Press", "Army",
        "Military", "Navy", "Air", "Staff", "Spy", "Opposition", "Party", "Sultan", "Emir", "Crown", "Grand",
        "Duke", "Duchess", "Baron", "Earl", "Mufti", "Imam", "Rabbi", "Father", "Brother", "Sister", "Saint",
        "Lord", "Detective", "Inspector", "Constable", "Officer", "Correspondent", "Editor", "Reporter", "Author",
        "Singer", "Actor", "Actress", "Striker", "Midfielder", "Defender", "Goalkeeper", "Champion", "Boss",
        "Owner", "Investor", "Billionaire", "Businessman", "Businesswoman", "Entrepreneur", "Activist", "Chef",
    ];

    public static readonly string[] OrgWords =
    [
        "Ministry", "Office", "Department", "Agency", "Council", "Committee", "Commission", "Party", "University",
        "College", "Institute", "Institution", "Bank", "Company", "Corporation", "Corp", "Corp.", "Inc", "Inc.",
        "Ltd", "Ltd.", "Plc", "LLC", "Co.", "Group", "Association", "Union", "Federation", "League", "Court",
        "Parliament", "Congress", "Senate", "Assembly", "Army", "Navy", "Force", "Forces", "Police", "Service",
        "Services", "Board", "Bureau", "Authority", "Foundation", "Organisation", "Organization", "Fund", "Club",
        "Team", "School", "Hospital", "News", "Times", "Post", "Network", "Airlines", "Airways", "Motors",
        "Systems", "Technologies", "Holdings", "Industries", "Partners", "Reserve", "Treasury", "Cabinet",
        "Government", "Administration", "Directorate", "Secretariat", "Tribunal", "Alliance", "Coalition",
        "Movement", "Front", "Brigade", "Brigades", "Guard", "Command", "Society", "Trust", "Center", "Centre",
        "Academy", "Laboratory", "Press", "Journal", "Daily", "Herald", "Telegraph", "Tribune", "Gazette",
        "Broadcasting", "Television", "Radio", "Exchange", "Church", "Communications", "Energy", "Oil", "Petroleum",
        "FC", "Records", "Studios", "Pictures", "House", "Chamber", "Duma", "Kremlin", "Pentagon",
    ];

    public static readonly string[] NaturalPlaceWords =
    [
        "River", "Sea", "Ocean", "Lake", "Mountain", "Mountains", "Mount", "Mt.", "Valley", "Island", "Islands",
        "Peninsula", "Desert", "Gulf", "Bay", "Coast", "Strait", "Straits", "Forest", "Plain", "Plains", "Plateau",
        "Basin", "Hills", "Range", "Glacier", "Delta", "Cape", "Creek", "Falls", "Canyon", "Reef", "Lagoon",
    ];

    public static readonly string[] FacilityWords =
    [
        "Street", "St.", "Road", "Rd.", "Avenue", "Ave.", "Boulevard", "Lane", "Bridge", "Airport", "Castle",
        "Palace", "Cathedral", "Mosque", "Temple", "Tower", "Towers", "Station", "Square", "Stadium", "Arena",
        "Building", "Highway", "Motorway", "Tunnel", "Prison", "Jail", "Dam", "Harbour", "Harbor", "Monument",
        "Memorial", "Plaza", "Abbey", "Chapel", "Fort", "Base", "Port", "Terminal", "Canal", "Pipeline", "Wall",
        "Gate", "Gardens", "Park",
    ];

    public static readonly string[] EventWords =
    [
        "War", "Election", "Elections", "Olympics", "Olympic", "Summit", "Games", "Cup", "Championship",
        "Championships", "Revolution", "Crisis", "Conference", "Festival", "Uprising", "Massacre", "Spring",
        "Referendum", "Primary", "Primaries", "Open", "Grand", "Prix", "Marathon", "Tournament", "Expo", "Forum",
    ];

    /// <summary>Regions and continents: LOC in OntoNotes.</summary>
    public static readonly string[] Regions =
    [
        "Europe", "Asia", "Africa", "North America", "South America", "Latin America", "Central America",
        "Middle East", "Near East", "Far East", "Antarctica", "Arctic", "Pacific", "Atlantic", "Indian Ocean",
        "Mediterranean", "Balkans", "Caribbean", "Caucasus", "Sahara", "Sahel", "Himalayas", "Alps", "Black Sea",
        "Baltic Sea", "Red Sea", "Persian Gulf", "Siberia", "Central Asia", "Southeast Asia", "South Asia",
        "East Asia", "Scandinavia", "Sub-Saharan Africa", "Horn of Africa", "West Africa", "East Africa",
        "North Africa", "Southern Africa", "Eastern Europe", "Western Europe", "Central Europe", "Gulf",
        "Korean Peninsula", "Arabian Peninsula", "South China Sea", "Amazon", "Nile", "Danube", "Rhine",
        "Mississippi River", "Baltics", "Eurasia", "Oceania", "Levant", "Maghreb", "Indo-Pacific",
    ];

    public static readonly string[] Groups =
    [
        "Muslim", "Muslims", "Christian", "Christians", "Catholic", "Catholics", "Protestant", "Protestants",
        "Jewish", "Jew", "Jews", "Hindu", "Hindus", "Buddhist", "Buddhists", "Sunni", "Sunnis", "Shia", "Shiite",
        "Shiites", "Shi'ite", "Islamic", "Islamist", "Islamists", "Democrat", "Democrats", "Republican",
        "Republicans", "Communist", "Communists", "Socialist", "Socialists", "Western", "Westerners", "European",
        "Europeans", "African", "Africans", "Asian", "Asians", "Arab", "Arabs", "Latino", "Latinos", "Latina",
        "Hispanic", "Hispanics", "Kurdish", "Kurd", "Kurds", "Soviet", "Soviets", "Baltic", "Nordic",
        "Scandinavian", "Evangelical", "Evangelicals", "Orthodox", "Sikh", "Sikhs", "Mormon", "Mormons",
        "Conservatives", "Tory", "Tories", "Liberals", "Pashtun", "Tamil", "Tamils", "Uighur", "Uighurs",
        "Uyghur", "Uyghurs", "Rohingya", "Roma", "Maori", "Aboriginal", "Persian", "Slavic", "Anglo-Saxon",
        "Caucasian", "Latin", "Yazidi", "Yazidis", "Druze", "Alawite", "Alawites", "Coptic", "Copts", "Zionist",
        "Bolshevik", "Bolsheviks", "Nazi", "Nazis", "Marxist", "Eastern", "Northern", "Southern",
    ];

    /// <summary>Nationality words that suffix rules cannot derive from country names.</summary>
    public static readonly string[] Demonyms =
    [
        "American", "Americans", "British", "Briton", "Britons", "English", "French", "Frenchman", "Dutch",
        "Swiss", "Irish", "Scottish", "Scots", "Welsh", "Greek", "Greeks", "Thai", "Filipino", "Filipinos",
        "Turkish", "Turk", "Turks", "Danish", "Dane", "Danes", "Swedish", "Swede", "Swedes", "Finnish", "Finn",
        "Finns", "Norwegian", "Norwegians", "Polish", "Pole", "Poles", "Spanish", "Spaniard", "Spaniards",
        "Portuguese", "Icelandic", "Lebanese", "Chinese", "Japanese", "Vietnamese", "Taiwanese", "Nepalese",
        "Sudanese", "Congolese", "Senegalese", "Maltese", "Burmese", "Iraqi", "Iraqis", "Israeli", "Israelis",
        "Saudi", "Saudis", "Yemeni", "Yemenis", "Kuwaiti", "Qatari", "Emirati", "Omani", "Afghan", "Afghans",
        "Pakistani", "Pakistanis", "Bangladeshi", "Uzbek", "Kazakh", "Tajik", "Kyrgyz", "Azeri", "Azerbaijani",
        "Somali", "Somalis", "Ukrainian", "Ukrainians", "Russian", "Russians", "German", "Germans", "Italian",
        "Italians", "Canadian", "Canadians", "Mexican", "Mexicans", "Brazilian", "Brazilians", "Argentine",
        "Argentinian", "Chilean", "Peruvian", "Colombian", "Venezuelan", "Cuban", "Cubans", "Haitian", "Korean",
        "Koreans", "Indian", "Indians", "Indonesian", "Malaysian", "Australian", "Australians", "New Zealander",
        "Egyptian", "Egyptians", "Libyan", "Libyans", "Tunisian", "Algerian", "Moroccan", "Nigerian", "Nigerians",
        "Kenyan", "Kenyans", "Ethiopian", "Ethiopians", "Eritrean", "Ugandan", "Rwandan", "Tanzanian", "Ghanaian",
        "Zimbabwean", "South African", "South Africans", "Iranian", "Iranians", "Syrian", "Syrians", "Jordanian",
        "Palestinian", "Palestinians", "Belarusian", "Belarusians", "Georgian", "Georgians", "Armenian",
        "Armenians", "Moldovan", "Romanian", "Romanians", "Bulgarian", "Hungarian", "Hungarians", "Czech",
        "Czechs", "Slovak", "Slovenian", "Croatian", "Croat", "Croats", "Serbian", "Serb", "Serbs", "Bosnian",
        "Albanian", "Macedonian", "Estonian", "Latvian", "Lithuanian", "Austrian", "Belgian", "Luxembourgish",
        "Cypriot", "North Korean", "South Korean", "Sri Lankan", "Mongolian", "Singaporean", "Cambodian",
        "Laotian", "Bahraini", "Emiratis", "Yankee", "Yankees",
    ];

    public static readonly string[] Languages =
    [
        "English", "French", "German", "Spanish", "Russian", "Chinese", "Mandarin", "Cantonese", "Arabic", "Hindi",
        "Japanese", "Portuguese", "Italian", "Korean", "Turkish", "Persian", "Farsi", "Urdu", "Hebrew", "Dutch",
        "Swedish", "Polish", "Ukrainian", "Greek", "Latin", "Swahili", "Bengali", "Punjabi", "Tamil", "Malay",
        "Indonesian", "Vietnamese", "Thai", "Czech", "Hungarian", "Romanian", "Finnish", "Danish", "Norwegian",
        "Yiddish", "Sanskrit", "Esperanto", "Gaelic", "Welsh", "Catalan", "Basque", "Kurdish", "Pashto", "Dari",
        "Amharic", "Somali", "Hausa", "Yoruba", "Zulu", "Afrikaans", "Tagalog", "Serbian", "Croatian",
    ];

    /// <summary>
    /// Leaders and other people prominent in news after the actor dictionaries were made (2014), by the name
    /// news uses; a bare surname in a story may stand for them when it is the only listed person with it.
    /// </summary>
    public static readonly string[] RecentLeaders =
    [
        "Donald Trump", "Joe Biden", "Kamala Harris", "Mike Pence", "JD Vance", "Barack Obama", "Hillary Clinton",
        "Volodymyr Zelensky", "Emmanuel Macron", "Olaf Scholz", "Friedrich Merz", "Angela Merkel", "Rishi Sunak",
        "Keir Starmer", "Boris Johnson", "Theresa May", "Liz Truss", "Narendra Modi", "Xi Jinping", "Li Qiang",
        "Recep Tayyip Erdogan", "Benjamin Netanyahu", "Mohammed bin Salman", "Ali Khamenei", "Ebrahim Raisi",
        "Masoud Pezeshkian", "Kim Jong Un", "Fumio Kishida", "Shigeru Ishiba", "Yoon Suk Yeol", "Lee Jae-myung",
        "Anthony Albanese", "Justin Trudeau", "Mark Carney", "Giorgia Meloni", "Pedro Sanchez", "Viktor Orban",
        "Andrzej Duda", "Donald Tusk", "Luiz Inacio Lula da Silva", "Jair Bolsonaro", "Javier Milei",
        "Andres Manuel Lopez Obrador", "Claudia Sheinbaum", "Nicolas Maduro", "Cyril Ramaphosa", "Bola Tinubu",
        "William Ruto", "Abiy Ahmed", "Abdel Fattah al-Sisi", "Bashar al-Assad", "Alexander Lukashenko",
        "Sergei Lavrov", "Dmitry Peskov", "Mikhail Mishustin", "Sergei Shoigu", "Antony Blinken", "Marco Rubio",
        "Lloyd Austin", "Pete Hegseth", "Jens Stoltenberg", "Mark Rutte", "Ursula von der Leyen", "Antonio Guterres",
        "Kristalina Georgieva", "Jerome Powell", "Christine Lagarde", "Shehbaz Sharif", "Imran Khan",
        "Prabowo Subianto", "Joko Widodo", "Ferdinand Marcos Jr", "Rodrigo Duterte", "Paul Kagame", "Elon Musk",
        "Yevgeny Prigozhin", "Alexei Navalny", "Mahmoud Abbas", "Yahya Sinwar", "Hassan Nasrallah", "Robert Mueller",
        "Vladimir Putin",
    ];

    /// <summary>Current spellings of places the 2014 dictionaries spell otherwise, with their country.</summary>
    public static readonly (string Place, string Country)[] CurrentPlaceNames =
    [
        ("Kyiv", "Ukraine"), ("Kharkiv", "Ukraine"), ("Odesa", "Ukraine"), ("Lviv", "Ukraine"), ("Dnipro", "Ukraine"),
        ("Zaporizhzhia", "Ukraine"), ("Mykolaiv", "Ukraine"), ("Kherson", "Ukraine"), ("Bakhmut", "Ukraine"),
        ("Avdiivka", "Ukraine"), ("Mariupol", "Ukraine"), ("Donetsk", "Ukraine"), ("Luhansk", "Ukraine"),
        ("Crimea", "Ukraine"), ("Kursk", "Russia"), ("Belgorod", "Russia"), ("Gaza", "Palestine"), ("Rafah", "Palestine"),
        ("Khan Younis", "Palestine"), ("West Bank", "Palestine"), ("Chisinau", "Moldova"), ("Eswatini", "Eswatini"),
        ("Czechia", "Czech Republic"), ("Turkiye", "Turkey"), ("North Macedonia", "North Macedonia"),
    ];

    public static readonly string[] LawWords =
    [
        "Act", "Law", "Constitution", "Treaty", "Amendment", "Bill", "Code", "Convention", "Accord", "Accords",
        "Charter", "Protocol", "Agreement", "Declaration", "Directive", "Statute", "Doctrine",
    ];
}
