using OnRecord.Core.Errors;

namespace OnRecord.Nlp.Entities.Training;

/// <summary>
/// Compiles the recogniser's gazetteer from the PETRARCH-2 actor dictionaries (MIT), the CAMEO country-name
/// list (MIT) and <see cref="WordLists"/>: countries and their variants, places, nationality words, leaders
/// and officials, international and non-state organisations.
/// </summary>
public static class GazetteerCompiler
{
    private static readonly string[] DemonymSuffixes = ["n", "an", "ian", "ese", "ish", "i", "ic", "ean", "er"];

    /// <summary>Sources read from the events data folder, for manifests.</summary>
    public static readonly string[] SourceFiles =
    [
        "petrarch2/Phoenix.Countries.actors.txt",
        "petrarch2/Phoenix.International.actors.txt",
        "petrarch2/Phoenix.MilNonState.actors.txt",
        "text_to_cameo/countrynames.txt",
    ];

    public static Gazetteer Compile(string eventsDirectory)
    {
        var builder = new GazetteerBuilder();
        var closed = ClosedWords();
        AddWordLists(builder);
        var countryNames = ReadCountryNames(Path.Combine(eventsDirectory, "text_to_cameo", "countrynames.txt"));
        foreach (var (name, code) in countryNames)
        {
            builder.Add(name, GazetteerCategory.Country, country: CanonicalCountry(countryNames, code));
        }
        builder.Add("America", GazetteerCategory.Country, country: "United States");
        foreach (var group in ActorDictionary.Read(Path.Combine(eventsDirectory, "petrarch2", "Phoenix.Countries.actors.txt")))
        {
            if (group.IsCountry)
            {
                AddCountryBlock(builder, group, CanonicalCountry(countryNames, group.Codes[0]));
            }
            else
            {
                AddActor(builder, group, closed);
            }
        }
        foreach (var file in new[] { "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt" })
        {
            foreach (var group in ActorDictionary.Read(Path.Combine(eventsDirectory, "petrarch2", file)))
            {
                AddActor(builder, group, closed);
            }
        }
        foreach (var leader in WordLists.RecentLeaders)
        {
            var parts = leader.Split(' ');
            builder.Add(leader, GazetteerCategory.Person, person: leader);
            builder.Add(parts[0], GazetteerCategory.FirstName);
            builder.Add(parts[^1], GazetteerCategory.Surname);
        }
        foreach (var (place, country) in WordLists.CurrentPlaceNames)
        {
            builder.Add(place, place == country ? GazetteerCategory.Country : GazetteerCategory.Place, country: place == country ? country : null);
        }
        return builder.Build();
    }

    private static void AddWordLists(GazetteerBuilder builder)
    {
        void All(string[] words, GazetteerCategory category)
        {
            foreach (var w in words)
            {
                builder.Add(w, category);
            }
        }
        All(WordLists.Honorifics, GazetteerCategory.Honorific);
        All(WordLists.Roles, GazetteerCategory.Role);
        All(WordLists.OrgWords, GazetteerCategory.OrgWord);
        All(WordLists.NaturalPlaceWords, GazetteerCategory.NaturalPlaceWord);
        All(WordLists.FacilityWords, GazetteerCategory.FacilityWord);
        All(WordLists.EventWords, GazetteerCategory.EventWord);
        All(WordLists.Regions, GazetteerCategory.NaturalPlace);
        All(WordLists.Groups, GazetteerCategory.Group);
        All(WordLists.Demonyms, GazetteerCategory.Demonym);
        All(WordLists.Languages, GazetteerCategory.Language);
    }

    private static HashSet<string> ClosedWords()
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        set.UnionWith(WordLists.Honorifics);
        set.UnionWith(WordLists.Roles);
        set.UnionWith(WordLists.OrgWords);
        set.UnionWith(WordLists.Demonyms);
        return set;
    }

    private static List<(string Name, string Code)> ReadCountryNames(string path)
    {
        if (!File.Exists(path))
        {
            throw new OnRecordException(ErrorCode.PathNotFound, $"{path}: no such file");
        }
        var list = new List<(string, string)>();
        foreach (var line in File.ReadLines(path))
        {
            var parts = line.Split('\t');
            if (parts.Length >= 2 && parts[0] != "NULL" && parts[1].Length >= 3)
            {
                list.Add((parts[0].Trim(), parts[1].Trim()[..3]));
            }
        }
        return list;
    }

    /// <summary>The shortest common English name for a country code ("Russia" rather than "Russian Federation").</summary>
    private static string CanonicalCountry(List<(string Name, string Code)> names, string code)
    {
        if (code == "USA")
        {
            return "United States";
        }
        string? best = null;
        foreach (var (name, c) in names)
        {
            if (c == code && (best is null || name.Length < best.Length))
            {
                best = name;
            }
        }
        return best ?? code;
    }

    private static void AddCountryBlock(GazetteerBuilder builder, ActorGroup group, string canonical)
    {
        var stem = canonical.Length >= 4 ? canonical[..4] : canonical;
        var countryStems = group.Names.Select(n => n.Length >= 3 ? n[..3] : n).ToHashSet(StringComparer.OrdinalIgnoreCase);
        countryStems.Add(canonical[..Math.Min(3, canonical.Length)]);
        foreach (var name in group.Names)
        {
            var words = name.Split(' ');
            var lower = name.ToLowerInvariant();
            if (words.Length == 1 && IsDemonym(lower, group.Names, canonical))
            {
                builder.Add(name, GazetteerCategory.Demonym);
                if (!lower.EndsWith("ese", StringComparison.Ordinal) && !lower.EndsWith("ish", StringComparison.Ordinal))
                {
                    builder.Add(name + "s", GazetteerCategory.Demonym);
                }
                continue;
            }
            var isVariant = name.StartsWith(stem, StringComparison.OrdinalIgnoreCase)
                || (name.Replace(".", "", StringComparison.Ordinal).Length <= 3 && name.Replace(".", "", StringComparison.Ordinal).All(char.IsAsciiLetter))
                || name.Equals(group.Names[0], StringComparison.Ordinal);
            if (isVariant)
            {
                builder.Add(name, GazetteerCategory.Country, country: canonical);
                if (name.StartsWith("The ", StringComparison.Ordinal))
                {
                    builder.Add(name[4..], GazetteerCategory.Country, country: canonical);
                }
            }
            else if (words.Any(w => WordLists.NaturalPlaceWords.Contains(w, StringComparer.OrdinalIgnoreCase)))
            {
                builder.Add(name, GazetteerCategory.NaturalPlace);
            }
            else
            {
                builder.Add(name, GazetteerCategory.Place);
            }
        }
    }

    /// <summary>An adjective of the country: ends like one and shares its first three letters with a name of the country.</summary>
    private static bool IsDemonym(string lower, List<string> names, string canonical)
    {
        if (lower.Length < 4 || !DemonymSuffixes.Any(s => lower.EndsWith(s, StringComparison.Ordinal)))
        {
            return false;
        }
        var prefix = lower[..3];
        if (!canonical.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        // Not the country's own name (Iran ends in "an").
        return !canonical.Equals(lower, StringComparison.OrdinalIgnoreCase)
            && !canonical.StartsWith(lower, StringComparison.OrdinalIgnoreCase)
            && names.Count > 0 && !names[0].Equals(lower, StringComparison.OrdinalIgnoreCase);
    }

    private static void AddActor(GazetteerBuilder builder, ActorGroup group, HashSet<string> closed)
    {
        if (group.Names.Count == 0)
        {
            return;
        }
        var primary = group.Names[0];
        if (LooksLikePerson(primary, closed))
        {
            var canonical = StripLeading(primary, closed);
            var parts = canonical.Split(' ');
            if (parts.Length < 2)
            {
                return;
            }
            // Only people the dictionary itself calls by surname alone ("+PUTIN_", "+VICE_PRESIDENT_BIDEN_") are
            // prominent enough for a bare surname in a story to be taken as them.
            var byBareSurname = group.Names.Any(n => StripLeading(n, closed).Equals(parts[^1], StringComparison.OrdinalIgnoreCase));
            foreach (var name in group.Names)
            {
                var bare = StripLeading(name, closed);
                if (bare.Contains(' ', StringComparison.Ordinal))
                {
                    builder.Add(bare, GazetteerCategory.Person, person: byBareSurname ? canonical : null);
                }
            }
            if (parts[0].Length > 2 && !parts[0].EndsWith('.'))
            {
                builder.Add(parts[0], GazetteerCategory.FirstName);
            }
            builder.Add(parts[^1], GazetteerCategory.Surname);
            return;
        }
        if (IsOrganization(group, closed))
        {
            foreach (var name in group.Names)
            {
                if (Acronym(name) is { } acronym)
                {
                    builder.AddAcronym(acronym);
                }
                builder.Add(name, GazetteerCategory.Organization);
                if (name.StartsWith("The ", StringComparison.Ordinal))
                {
                    builder.Add(name[4..], GazetteerCategory.Organization);
                }
            }
        }
    }

    /// <summary>
    /// "World Health Organization" → "WHO": the initials of a name of three or more capitalised words (particles
    /// skipped), or null; news writes many listed organisations by initials the dictionaries do not give.
    /// </summary>
    private static string? Acronym(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var initials = new System.Text.StringBuilder(words.Length);
        foreach (var word in words)
        {
            if (AcronymParticles.Contains(word))
            {
                continue;
            }
            if (!char.IsAsciiLetterUpper(word[0]))
            {
                return null;
            }
            initials.Append(word[0]);
        }
        return initials.Length is >= 3 and <= 6 ? initials.ToString() : null;
    }

    private static readonly HashSet<string> AcronymParticles = new(StringComparer.Ordinal) { "of", "the", "and", "for", "on", "in", "de", "du", "la", "le", "des", "del", "da" };

    private static bool LooksLikePerson(string name, HashSet<string> closed)
    {
        var words = StripLeading(name, closed).Split(' ');
        return words.Length is >= 2 and <= 4
            && words.All(w => w.Length > 0 && char.IsLetter(w[0]) && !closed.Contains(w) && !w.Any(char.IsDigit))
            && !words.Any(w => WordLists.NaturalPlaceWords.Contains(w, StringComparer.OrdinalIgnoreCase));
    }

    private static bool IsOrganization(ActorGroup group, HashSet<string> closed)
    {
        var words = group.Names[0].Split(' ');
        return words.Length == 1 || words.Any(w => WordLists.OrgWords.Contains(w, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>Drops leading titles and nationality words: "Russian President Vladimir Putin" → "Vladimir Putin".</summary>
    private static string StripLeading(string name, HashSet<string> closed)
    {
        var words = name.Split(' ');
        var i = 0;
        while (i < words.Length - 1 && (closed.Contains(words[i]) || words[i].Equals("U.S.", StringComparison.OrdinalIgnoreCase) || words[i].Equals("US", StringComparison.Ordinal) || words[i].Equals("United", StringComparison.Ordinal) && i + 1 < words.Length && words[i + 1] == "States"))
        {
            i += words[i] == "United" ? 2 : 1;
        }
        return string.Join(' ', words[Math.Min(i, words.Length - 1)..]);
    }
}
