namespace OnRecord.Store.Entities;

/// <summary>
/// Names that no rule derives from each other ("America" = "United States", "Britain" = "United Kingdom").
/// Each group has a fixed class, so an "EU" tagged GPE in one story and ORG in another is still one entity.
/// </summary>
public static class KnownAliases
{
    public readonly record struct Canonical(string Name, string Class);

    private static readonly Dictionary<string, Canonical> ByKey = Build(
        (EntityClass.Place, "United States", ["us", "usa", "united states", "united states of america", "america", "u s", "u s a"]),
        (EntityClass.Place, "United Kingdom", ["uk", "united kingdom", "britain", "great britain", "united kingdom of great britain and northern ireland"]),
        (EntityClass.Place, "Russia", ["russia", "russian federation"]),
        (EntityClass.Place, "China", ["china", "peoples republic of china", "prc", "mainland china"]),
        (EntityClass.Place, "United Arab Emirates", ["uae", "united arab emirates"]),
        (EntityClass.Place, "Netherlands", ["netherlands", "holland"]),
        (EntityClass.Place, "South Korea", ["south korea", "republic of korea"]),
        (EntityClass.Place, "North Korea", ["north korea", "dprk", "democratic peoples republic of korea"]),
        (EntityClass.Place, "Democratic Republic of Congo", ["drc", "democratic republic of congo", "democratic republic of the congo", "dr congo"]),
        (EntityClass.Place, "Czech Republic", ["czech republic", "czechia"]),
        (EntityClass.Place, "Turkey", ["turkey", "turkiye"]),
        (EntityClass.Place, "Ivory Coast", ["ivory coast", "cote divoire"]),
        (EntityClass.Organisation, "European Union", ["eu", "european union"]),
        (EntityClass.Organisation, "United Nations", ["un", "united nations"]),
        (EntityClass.Organisation, "NATO", ["nato", "north atlantic treaty organization", "north atlantic treaty organisation"]),
        (EntityClass.Organisation, "International Monetary Fund", ["imf", "international monetary fund"]),
        (EntityClass.Organisation, "World Health Organization", ["who", "world health organization", "world health organisation"]),
        (EntityClass.Organisation, "World Trade Organization", ["wto", "world trade organization", "world trade organisation"]),
        (EntityClass.Organisation, "European Commission", ["european commission", "eu commission"]));

    /// <summary>The group a name key belongs to, if any. "WHO" only counts when the tagger called it an organisation.</summary>
    public static Canonical? Find(string key, string entityClass)
    {
        if (!ByKey.TryGetValue(key, out var canonical))
        {
            return null;
        }
        if (entityClass == EntityClass.Person)
        {
            return null;
        }
        return key == "who" && entityClass != EntityClass.Organisation ? null : canonical;
    }

    private static Dictionary<string, Canonical> Build(params (string Class, string Name, string[] Keys)[] groups)
    {
        var map = new Dictionary<string, Canonical>(StringComparer.Ordinal);
        foreach (var (entityClass, name, keys) in groups)
        {
            foreach (var key in keys)
            {
                map.Add(key, new Canonical(name, entityClass));
            }
        }
        return map;
    }
}
