using OnRecord.Core.Annotations;
using OnRecord.Core.Documents;

namespace OnRecord.Nlp.Entities;

/// <summary>
/// Deterministic corrections after tagging, each for an error the greedy tagger makes on news and the
/// gazetteer settles: a country name is a GPE however it is used ("US Special Counsel"); a listed organisation
/// written as one word is an ORG ("the Kremlin"); a gazetteer country cut in two is rejoined ("United" +
/// "States …"); and an organisation head is extended over "of (the) Capitalised …" ("Office of the Director of
/// National Intelligence").
/// </summary>
internal static class SpanRules
{
    public static List<EntitySpan> Apply(Document document, ReadOnlySpan<TokenKeys> keys, Gazetteer gazetteer, EntitySpan[] spans)
    {
        var result = new List<EntitySpan>(spans.Length);
        HashSet<ulong>? commonNouns = null;
        foreach (var span in SplitAtAndThe(keys, spans))
        {
            if (span.Label == EntityLabel.EVENT && !HasCapitalOrDigit(keys, span.Tokens))
            {
                // "presidential election": a named event is written with a capital or a year.
                continue;
            }
            if (!HasCapitalOrDigit(keys, span.Tokens) && (WholeMatch(keys, gazetteer, span.Tokens) & NameCategories) == 0)
            {
                // An all-lower-case span the gazetteer does not know ("carmakers") is a common noun.
                continue;
            }
            if (NamesAFileOrAddress(document, span.Tokens))
            {
                // "CrudeStocks.pdf", "www.example.org": file names and web addresses are not entities.
                continue;
            }
            if (WrittenAsCommonNoun(keys, span, ref commonNouns))
            {
                // "If Iodine deficiency is serious" in a story about iodine: a word the document also writes in lower
                // case as a noun is that noun, capitalised or not.
                continue;
            }
            if (IsDate(keys, span.Tokens))
            {
                // "the Aug. 9 by-elections": a month is part of a date (the time layer), never an entity on its own.
                continue;
            }
            var trimmed = TrimConnectors(keys, CutAtCommonWord(document, keys, DropTrailingTally(document, span)));
            if (trimmed.Tokens.IsEmpty)
            {
                continue;
            }
            result.Add(Relabel(keys, gazetteer, trimmed));
        }
        RolesBeforePeople(keys, result);
        TitlesTakenForPeople(keys, gazetteer, result);
        PlacesActingAsPeople(keys, gazetteer, result);
        LanguagesAfterIn(keys, gazetteer, result);
        RejoinCountries(document, keys, gazetteer, result);
        AddOrganisationPatterns(document, keys, result);
        AddAcronyms(document, keys, gazetteer, result);
        JoinPlaceAndOrganisation(keys, result);
        NameParticles.Apply(document, keys, gazetteer, result);
        SportsClubs.Apply(document, keys, gazetteer, result);
        CompaniesTakenForPeople.Apply(document, keys, result);
        HeadlineRules.Apply(document, keys, gazetteer, result);
        TitlesInsideNames.Apply(keys, gazetteer, result);
        JoinNationalities.Apply(keys, result);
        CapitalCities.Apply(keys, result);
        FacilityNames.Apply(keys, result);
        for (var i = 0; i < result.Count; i++)
        {
            var next = i + 1 < result.Count ? result[i + 1].Tokens.Start : document.TokenCount;
            result[i] = ExtendOf(document, keys, result[i], next);
            result[i] = TakeRomanNumeral(document, result[i], next);
        }
        for (var i = result.Count - 1; i > 0; i--)
        {
            if (result[i].Tokens.Start < result[i - 1].Tokens.End)
            {
                result.RemoveAt(i);
            }
        }
        return result;
    }

    /// <summary>
    /// "US Special Counsel Robert" + "S. Mueller": a span running from a title into the first name of the person
    /// right after it gives the words after its last role word to that person, and keeps only what comes before its
    /// first role word ("US"); the title itself is the person's role, not a name.
    /// </summary>
    private static void RolesBeforePeople(ReadOnlySpan<TokenKeys> keys, List<EntitySpan> spans)
    {
        for (var s = 0; s + 1 < spans.Count; s++)
        {
            var span = spans[s];
            var person = spans[s + 1];
            if (span.Label == EntityLabel.PERSON || person.Label != EntityLabel.PERSON || person.Tokens.Start != span.Tokens.End)
            {
                continue;
            }
            int first = -1, last = -1;
            for (var i = span.Tokens.Start; i < span.Tokens.End; i++)
            {
                if ((keys[i].Word1 & GazetteerCategory.Role) != 0 && (keys[i].Word1 & GazetteerCategory.OrgWord) == 0
                    && (keys[i].Traits & TokenTraits.Capitalised) != 0)
                {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            if (last < 0 || last == span.Tokens.End - 1 || !AllCapitalised(keys, new TokenRange(last + 1, span.Tokens.End)))
            {
                continue;
            }
            spans[s + 1] = person with { Tokens = new TokenRange(last + 1, person.Tokens.End) };
            if (first == span.Tokens.Start)
            {
                spans.RemoveAt(s);
            }
            else
            {
                spans[s] = span with { Tokens = new TokenRange(span.Tokens.Start, first) };
            }
        }
    }

    /// <summary>
    /// "U.N. Secretary" + "-General Miguel Alvarez": a PERSON span that ends in a role word right before another
    /// person is the title of that person. What comes before the title is the organisation or place it belongs to.
    /// </summary>
    private static void TitlesTakenForPeople(ReadOnlySpan<TokenKeys> keys, Gazetteer gazetteer, List<EntitySpan> spans)
    {
        for (var s = spans.Count - 2; s >= 0; s--)
        {
            var span = spans[s];
            var last = span.Tokens.End - 1;
            if (span.Label != EntityLabel.PERSON || spans[s + 1].Label != EntityLabel.PERSON || spans[s + 1].Tokens.Start - span.Tokens.End > 2
                || (keys[last].Word1 & GazetteerCategory.Role) == 0 || (keys[last].Word1 & (GazetteerCategory.Surname | GazetteerCategory.FirstName)) != 0)
            {
                continue;
            }
            var first = last;
            while (first > span.Tokens.Start && (keys[first - 1].Word1 & GazetteerCategory.Role) != 0)
            {
                first--;
            }
            if (first == span.Tokens.Start)
            {
                spans.RemoveAt(s);
                continue;
            }
            var owner = new TokenRange(span.Tokens.Start, first);
            var label = (WholeMatch(keys, gazetteer, owner) & GazetteerCategory.Country) != 0 ? EntityLabel.GPE : EntityLabel.ORG;
            spans[s] = span with { Tokens = owner, Label = label };
        }
    }

    /// <summary>"passed by the Senate 88 to 9", "won 3-1": a number followed by "to" or a dash and a number is a tally, not part of a name.</summary>
    private static EntitySpan DropTrailingTally(Document document, EntitySpan span)
    {
        var last = span.Tokens.End - 1;
        if (span.Tokens.Length < 2 || !IsNumber(document[last].Text) || last + 2 >= document.TokenCount)
        {
            return span;
        }
        var link = document[last + 1].Text;
        if (link is not ("to" or "-" or "–") || !IsNumber(document[last + 2].Text))
        {
            return span;
        }
        return span with { Tokens = new TokenRange(span.Tokens.Start, last) };
    }

    /// <summary>A token of ASCII digits only ("88"; not "3-1" or "1,000").</summary>
    internal static bool IsNumber(ReadOnlySpan<char> text) => !text.IsEmpty && !text.ContainsAnyExceptInRange('0', '9');

    private static bool AllCapitalised(ReadOnlySpan<TokenKeys> keys, TokenRange tokens)
    {
        for (var i = tokens.Start; i < tokens.End; i++)
        {
            if ((keys[i].Traits & TokenTraits.Capitalised) == 0)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// "the Conservatives and the Liberal Democrats": "and the" inside a span joins two names, never belongs to one.
    /// </summary>
    private static List<EntitySpan> SplitAtAndThe(ReadOnlySpan<TokenKeys> keys, EntitySpan[] spans)
    {
        var result = new List<EntitySpan>(spans.Length);
        foreach (var span in spans)
        {
            var start = span.Tokens.Start;
            for (var i = start + 1; i + 2 < span.Tokens.End; i++)
            {
                if (keys[i].Lower == And && keys[i + 1].Lower == The)
                {
                    result.Add(span with { Tokens = new TokenRange(start, i) });
                    start = i + 2;
                    i++;
                }
            }
            result.Add(start == span.Tokens.Start ? span : span with { Tokens = new TokenRange(start, span.Tokens.End) });
        }
        return result;
    }

    /// <param name="commonNouns">The lower-case nouns of the document, gathered at the first span that needs them.</param>
    private static bool WrittenAsCommonNoun(ReadOnlySpan<TokenKeys> keys, EntitySpan span, ref HashSet<ulong>? commonNouns)
    {
        if (span.Tokens.Length != 1 || span.Label is not (EntityLabel.PERSON or EntityLabel.ORG or EntityLabel.GPE or EntityLabel.LOC)
            || (keys[span.Tokens.Start].Traits & TokenTraits.Capitalised) == 0 || (keys[span.Tokens.Start].Word1 & NameCategories) != 0)
        {
            return false;
        }
        if (commonNouns is null)
        {
            commonNouns = [];
            foreach (ref readonly var k in keys)
            {
                if ((k.Traits & TokenTraits.AllLower) != 0 && k.Pos == (byte)UniversalPos.NOUN)
                {
                    commonNouns.Add(k.Lower);
                }
            }
        }
        return commonNouns.Contains(keys[span.Tokens.Start].Lower);
    }

    private static EntitySpan Relabel(ReadOnlySpan<TokenKeys> keys, Gazetteer gazetteer, EntitySpan span)
    {
        if (span.Tokens.Length > 1 && StormWords.Contains(keys[span.Tokens.Start].Lower) && (keys[span.Tokens.Start].Traits & TokenTraits.Capitalised) != 0
            && (keys[span.Tokens.End - 1].Traits & TokenTraits.Capitalised) != 0)
        {
            // "Hurricane Katrina", "Cyclone Phailin": a named storm is an event, whatever its given name suggests.
            return span with { Label = EntityLabel.EVENT };
        }
        var whole = WholeMatch(keys, gazetteer, span.Tokens);
        if ((whole & GazetteerCategory.Country) != 0 && span.Label is EntityLabel.ORG or EntityLabel.PERSON or EntityLabel.FAC or EntityLabel.EVENT)
        {
            return span with { Label = EntityLabel.GPE };
        }
        if (IsPolity(keys, span) && span.Label is not (EntityLabel.GPE or EntityLabel.EVENT))
        {
            return span with { Label = EntityLabel.GPE };
        }
        var last = keys[span.Tokens.End - 1];
        const GazetteerCategory placeNames = GazetteerCategory.Country | GazetteerCategory.Place | GazetteerCategory.NaturalPlace;
        if (span.Tokens.Length > 1 && (last.Word1 & GazetteerCategory.OrgWord) != 0 && (last.Traits & TokenTraits.Capitalised) != 0
            && (whole & placeNames) == 0
            && span.Label is EntityLabel.EVENT or EntityLabel.PERSON or EntityLabel.GPE or EntityLabel.LOC or EntityLabel.NORP)
        {
            // "World Health Organisation", "Green Party": a name ending in an organisation head word names one.
            return span with { Label = EntityLabel.ORG };
        }
        const GazetteerCategory personOrPlace = GazetteerCategory.Person | GazetteerCategory.FirstName | GazetteerCategory.Surname
            | GazetteerCategory.Country | GazetteerCategory.Place | GazetteerCategory.Demonym;
        if (span.Tokens.Length == 1 && (whole & GazetteerCategory.Organization) != 0 && (whole & personOrPlace) == 0
            && span.Label is EntityLabel.PERSON or EntityLabel.GPE)
        {
            return span with { Label = EntityLabel.ORG };
        }
        const GazetteerCategory personal = GazetteerCategory.Person | GazetteerCategory.FirstName | GazetteerCategory.Surname | GazetteerCategory.Organization;
        if (span.Tokens.Length == 1 && (whole & GazetteerCategory.Place) != 0 && (whole & personal) == 0 && span.Label is EntityLabel.ORG or EntityLabel.PERSON)
        {
            // "Moscow said", "Kyiv wants", "Washington and Kyiv said": a city acting is still a GPE (OntoNotes
            // metonymy), whether the tagger took it for an organisation or, as the subject of a verb of saying, a person.
            return span with { Label = EntityLabel.GPE };
        }
        return span;
    }

    /// <summary>
    /// "New Zealand" + "Labour Party", "Scottish" + "National Party": a country or nationality written right before
    /// an organisation name ending in an organisation word belongs to that name, which is one ORG.
    /// </summary>
    private static void JoinPlaceAndOrganisation(ReadOnlySpan<TokenKeys> keys, List<EntitySpan> spans)
    {
        for (var s = spans.Count - 2; s >= 0; s--)
        {
            var place = spans[s];
            var organisation = spans[s + 1];
            if (place.Label is not (EntityLabel.GPE or EntityLabel.NORP) || organisation.Label != EntityLabel.ORG
                || organisation.Tokens.Start != place.Tokens.End || organisation.Tokens.Length < 2
                || (keys[organisation.Tokens.End - 1].Word1 & GazetteerCategory.OrgWord) == 0
                || !AllCapitalised(keys, place.Tokens))
            {
                continue;
            }
            spans[s] = new EntitySpan(new TokenRange(place.Tokens.Start, organisation.Tokens.End), EntityLabel.ORG);
            spans.RemoveAt(s + 1);
        }
    }

    /// <summary>
    /// "slipped into English", "a statement in Russian": a language name after "in"/"into" that does not modify a
    /// noun is the LANGUAGE, not the people (NORP).
    /// </summary>
    private static void LanguagesAfterIn(ReadOnlySpan<TokenKeys> keys, Gazetteer gazetteer, List<EntitySpan> spans)
    {
        for (var s = 0; s < spans.Count; s++)
        {
            var span = spans[s];
            var at = span.Tokens.Start;
            if (span.Label != EntityLabel.NORP || span.Tokens.Length != 1 || at == 0
                || keys[at - 1].Lower != In && keys[at - 1].Lower != Into
                || (gazetteer.CategoriesOf(keys[at].Lower) & GazetteerCategory.Language) == 0)
            {
                continue;
            }
            var next = at + 1;
            if (next < keys.Length && keys[next].Pos is (byte)UniversalPos.NOUN or (byte)UniversalPos.PROPN)
            {
                continue;
            }
            spans[s] = span with { Label = EntityLabel.LANGUAGE };
        }
    }

    /// <summary>
    /// "Washington and Kyiv said": a one-word PERSON that the gazetteer knows as a place and also as a surname is a
    /// GPE acting, unless the document names a person with that word in a longer name ("George Washington") or
    /// a title or role stands before it ("Mr Washington").
    /// </summary>
    private static void PlacesActingAsPeople(ReadOnlySpan<TokenKeys> keys, Gazetteer gazetteer, List<EntitySpan> spans)
    {
        for (var s = 0; s < spans.Count; s++)
        {
            var span = spans[s];
            var at = span.Tokens.Start;
            if (span.Label != EntityLabel.PERSON || span.Tokens.Length != 1 || (gazetteer.CategoriesOf(keys[at].Lower) & GazetteerCategory.Place) == 0
                || (at > 0 && (keys[at - 1].Word1 & (GazetteerCategory.Honorific | GazetteerCategory.Role)) != 0))
            {
                continue;
            }
            var named = false;
            foreach (var other in spans)
            {
                if (other.Label != EntityLabel.PERSON || other.Tokens.Length < 2)
                {
                    continue;
                }
                for (var i = other.Tokens.Start; i < other.Tokens.End && !named; i++)
                {
                    named = keys[i].Lower == keys[at].Lower;
                }
            }
            if (!named)
            {
                spans[s] = span with { Label = EntityLabel.GPE };
            }
        }
    }

    /// <summary>
    /// Where a capitalised multi-word country or organisation name from the gazetteer is cut by spans ("United" +
    /// "States …", "Nations"), make it one span; a span that already contains the whole name is left alone.
    /// </summary>
    private static void RejoinCountries(Document document, ReadOnlySpan<TokenKeys> keys, Gazetteer gazetteer, List<EntitySpan> spans)
    {
        if (spans.Count == 0)
        {
            return;
        }
        foreach (var sentence in document.Sentences)
        {
            var lower = new ulong[sentence.Length];
            for (var i = 0; i < lower.Length; i++)
            {
                lower[i] = keys[sentence.Start + i].Lower;
            }
            for (var i = 0; i < lower.Length; i++)
            {
                var length = gazetteer.LongestMatch(lower, i, out var entry);
                if (length < 2 || (entry.Categories & (GazetteerCategory.Country | GazetteerCategory.Organization)) == 0
                    || (keys[sentence.Start + i].Traits & TokenTraits.Capitalised) == 0 || (keys[sentence.Start + i + length - 1].Traits & TokenTraits.Capitalised) == 0)
                {
                    continue;
                }
                var name = new TokenRange(sentence.Start + i, sentence.Start + i + length);
                var touched = false;
                var contained = false;
                foreach (var s in spans)
                {
                    if (s.Tokens.Start < name.End && name.Start < s.Tokens.End)
                    {
                        touched = true;
                        contained |= s.Tokens.Start <= name.Start && s.Tokens.End >= name.End;
                    }
                }
                if (!touched || contained)
                {
                    continue;
                }
                var label = (entry.Categories & GazetteerCategory.Country) != 0 ? EntityLabel.GPE : EntityLabel.ORG;
                var rebuilt = new List<EntitySpan>(spans.Count + 1);
                foreach (var s in spans)
                {
                    if (s.Tokens.End <= name.Start || s.Tokens.Start >= name.End)
                    {
                        rebuilt.Add(s);
                        continue;
                    }
                    // Keep the capitalised part of a span that sticks out to the right ("States Senate" → "Senate").
                    if (s.Tokens.End > name.End && (keys[name.End].Traits & TokenTraits.Capitalised) != 0)
                    {
                        rebuilt.Add(s with { Tokens = new TokenRange(name.End, s.Tokens.End) });
                    }
                }
                rebuilt.Add(new EntitySpan(name, label));
                rebuilt.Sort((a, b) => a.Tokens.Start.CompareTo(b.Tokens.Start));
                spans.Clear();
                spans.AddRange(rebuilt);
                i += length - 1;
            }
        }
    }

    /// <summary>
    /// Organisations the tagger may miss but news writes in fixed patterns: a listed one-word organisation before
    /// a role word ("Kremlin spokesman", "Pentagon official") and "the Office/Ministry/Bank of (the) Capitalised …".
    /// </summary>
    private static void AddOrganisationPatterns(Document document, ReadOnlySpan<TokenKeys> keys, List<EntitySpan> spans)
    {
        const GazetteerCategory other = GazetteerCategory.Person | GazetteerCategory.FirstName | GazetteerCategory.Surname
            | GazetteerCategory.Country | GazetteerCategory.Place | GazetteerCategory.Demonym | GazetteerCategory.Role;
        var covered = new bool[document.TokenCount];
        foreach (var s in spans)
        {
            covered.AsSpan(s.Tokens.Start, s.Tokens.Length).Fill(true);
        }
        var added = false;
        foreach (var sentence in document.Sentences)
        {
            for (var i = sentence.Start; i < sentence.End - 1; i++)
            {
                ref readonly var k = ref keys[i];
                if (covered[i] || (k.Traits & TokenTraits.Capitalised) == 0)
                {
                    continue;
                }
                if ((k.Word1 & GazetteerCategory.Organization) != 0 && (k.Word1 & other) == 0 && (keys[i + 1].Word1 & GazetteerCategory.Role) != 0)
                {
                    spans.Add(new EntitySpan(new TokenRange(i, i + 1), EntityLabel.ORG));
                    added = true;
                    continue;
                }
                var afterThe = i == sentence.Start || keys[i - 1].Lower == The;
                if ((k.Word1 & GazetteerCategory.OrgWord) == 0 || !afterThe || (keys[i + 1].Lower != Of && keys[i + 1].Lower != For))
                {
                    continue;
                }
                var candidate = ExtendOf(document, keys, new EntitySpan(new TokenRange(i, i + 1), EntityLabel.ORG), sentence.End);
                if (candidate.Tokens.Length == 1)
                {
                    continue;
                }
                spans.RemoveAll(s => s.Tokens.Start >= candidate.Tokens.Start && s.Tokens.End <= candidate.Tokens.End);
                if (spans.Exists(s => s.Tokens.Start < candidate.Tokens.End && candidate.Tokens.Start < s.Tokens.End))
                {
                    continue;
                }
                spans.Add(candidate);
                covered.AsSpan(candidate.Tokens.Start, candidate.Tokens.Length).Fill(true);
                added = true;
            }
        }
        if (added)
        {
            spans.Sort((a, b) => a.Tokens.Start.CompareTo(b.Tokens.Start));
        }
    }

    /// <summary>
    /// "Pope John Paul" + "II", "World War" + "II": a regnal or ordinal Roman numeral after a person or event name
    /// is part of it ("I" only after "War", where it cannot be the pronoun).
    /// </summary>
    private static EntitySpan TakeRomanNumeral(Document document, EntitySpan span, int limit)
    {
        var at = span.Tokens.End;
        if (at >= document.TokenCount || at >= limit && limit > span.Tokens.Start
            || span.Label is not (EntityLabel.PERSON or EntityLabel.EVENT)
            || document.SentenceIndexOf(at) != document.SentenceIndexOf(span.Tokens.Start))
        {
            return span;
        }
        var word = document[at].Text;
        var numeral = RomanNumeralLookup.Contains(word)
            || word is "I" && span.Label == EntityLabel.EVENT && document[at - 1].Text is "War";
        return numeral ? span with { Tokens = new TokenRange(span.Tokens.Start, at + 1) } : span;
    }

    private static readonly HashSet<string> RomanNumerals =
        ["II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII"];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RomanNumeralLookup = RomanNumerals.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "the WHO said": a token in capitals that spells the initials of a listed organisation is that organisation,
    /// whether the tagger missed it or took it for a person or place — unless the gazetteer knows it as a place or
    /// person ("US") or the sentence is written in capitals throughout.
    /// </summary>
    private static void AddAcronyms(Document document, ReadOnlySpan<TokenKeys> keys, Gazetteer gazetteer, List<EntitySpan> spans)
    {
        const GazetteerCategory other = GazetteerCategory.Person | GazetteerCategory.FirstName | GazetteerCategory.Surname
            | GazetteerCategory.Country | GazetteerCategory.Place | GazetteerCategory.Demonym | GazetteerCategory.Role;
        var documentAcronyms = OrganisationInitials(document, keys, spans);
        foreach (var sentence in document.Sentences)
        {
            int lowerWords = 0, upperWords = 0;
            for (var i = sentence.Start; i < sentence.End; i++)
            {
                lowerWords += (keys[i].Traits & TokenTraits.AllLower) != 0 ? 1 : 0;
                upperWords += (keys[i].Traits & (TokenTraits.AllUpper | TokenTraits.NoLetter)) == TokenTraits.AllUpper ? 1 : 0;
            }
            if (upperWords >= lowerWords)
            {
                continue;
            }
            var s = 0;
            for (var i = sentence.Start; i < sentence.End; i++)
            {
                ref readonly var k = ref keys[i];
                if ((k.Traits & (TokenTraits.AllUpper | TokenTraits.HasDigit | TokenTraits.NoLetter)) != TokenTraits.AllUpper
                    || document[i].Text.Length < 2 || (k.Word1 & other) != 0
                    || !(document[i].Text.Length >= 3 && gazetteer.IsOrganisationAcronym(k.Lower) || documentAcronyms.Contains(k.Lower)))
                {
                    continue;
                }
                while (s < spans.Count && spans[s].Tokens.End <= i)
                {
                    s++;
                }
                if (s < spans.Count && spans[s].Tokens.Start <= i)
                {
                    var covering = spans[s];
                    if (covering.Tokens.Length == 1 && covering.Label is EntityLabel.PERSON or EntityLabel.GPE or EntityLabel.NORP)
                    {
                        spans[s] = covering with { Label = EntityLabel.ORG };
                    }
                    else if (covering.Label == EntityLabel.PERSON && covering.Tokens.Start == i && covering.Tokens.Length > 2
                        && (keys[i + 1].Word1 & GazetteerCategory.Role) != 0)
                    {
                        // "ECB President Christine Lagarde": the organisation before the title is no part of the person.
                        spans[s] = covering with { Tokens = new TokenRange(i + 1, covering.Tokens.End) };
                        spans.Insert(s, new EntitySpan(new TokenRange(i, i + 1), EntityLabel.ORG));
                    }
                    continue;
                }
                spans.Insert(s, new EntitySpan(new TokenRange(i, i + 1), EntityLabel.ORG));
            }
        }
    }

    /// <summary>
    /// "European Central Bank" → "ECB": the initials of the document's multi-word organisation names (particles
    /// skipped), as lower-case hashes; usually none, so nothing is allocated.
    /// </summary>
    private static List<ulong> OrganisationInitials(Document document, ReadOnlySpan<TokenKeys> keys, List<EntitySpan> spans)
    {
        List<ulong>? initials = null;
        Span<char> letters = stackalloc char[8];
        foreach (var span in spans)
        {
            if (span.Label != EntityLabel.ORG || span.Tokens.Length < 2 || span.Tokens.Length > 8)
            {
                continue;
            }
            var count = 0;
            for (var i = span.Tokens.Start; i < span.Tokens.End && count >= 0; i++)
            {
                if ((keys[i].Traits & TokenTraits.Capitalised) != 0)
                {
                    letters[count++] = document[i].Text[0];
                }
                else if (!ParticleLookup.Contains(document[i].Text))
                {
                    count = -1;
                }
            }
            if (count >= 2)
            {
                (initials ??= []).Add(FeatureHash.OfLower(letters[..count]));
            }
        }
        return initials ?? NoInitials;
    }

    private static readonly List<ulong> NoInitials = [];

    /// <summary>"Office" + "of the Director of National Intelligence": organisation heads take their "of" complements.</summary>
    private static EntitySpan ExtendOf(Document document, ReadOnlySpan<TokenKeys> keys, EntitySpan span, int limit)
    {
        if (span.Label != EntityLabel.ORG || (keys[span.Tokens.End - 1].Word1 & GazetteerCategory.OrgWord) == 0)
        {
            return span;
        }
        var sentenceEnd = document.Sentences.IsEmpty ? document.TokenCount : document.Sentences[Math.Max(0, document.SentenceIndexOf(span.Tokens.Start))].End;
        limit = Math.Min(limit == span.Tokens.Start ? sentenceEnd : Math.Max(limit, span.Tokens.End), sentenceEnd);
        var end = span.Tokens.End;
        var i = end;
        while (i < sentenceEnd && document[i].Text is "of" or "for")
        {
            var j = i + 1;
            if (j < sentenceEnd && document[j].Text is "the")
            {
                j++;
            }
            var k = j;
            while (k < sentenceEnd && (keys[k].Traits & TokenTraits.Capitalised) != 0 && (keys[k].Traits & TokenTraits.AllUpper) == 0 || k < sentenceEnd && k > j && document[k].Text is "and" && k + 1 < sentenceEnd && (keys[k + 1].Traits & TokenTraits.Capitalised) != 0)
            {
                k++;
            }
            if (k == j)
            {
                break;
            }
            end = k;
            i = k;
        }
        return end == span.Tokens.End ? span : span with { Tokens = new TokenRange(span.Tokens.Start, end) };
    }

    private const GazetteerCategory NameCategories = GazetteerCategory.Country | GazetteerCategory.Place | GazetteerCategory.NaturalPlace
        | GazetteerCategory.Person | GazetteerCategory.Organization | GazetteerCategory.Demonym | GazetteerCategory.Group;

    /// <summary>
    /// A name never starts with "of", "and" or punctuation, never ends in "of", "the", "and" or punctuation ("House
    /// of" → "House", "Toni ?" → "Toni"), and is never a courtesy title alone ("Miss").
    /// </summary>
    private static EntitySpan TrimConnectors(ReadOnlySpan<TokenKeys> keys, EntitySpan span)
    {
        var start = span.Tokens.Start;
        while (start < span.Tokens.End && (keys[start].Lower == Of || keys[start].Lower == And || IsPunctuation(keys[start])))
        {
            start++;
        }
        if (span.Tokens.End - start == 1 && (keys[start].Word1 & GazetteerCategory.Honorific) != 0)
        {
            return span with { Tokens = new TokenRange(start, start) };
        }
        var end = span.Tokens.End;
        // A name does not end in a lower-case preposition ("European Commission on Friday"): the tagger ran one word long.
        while (end > start && (keys[end - 1].Lower == Of || keys[end - 1].Lower == The || keys[end - 1].Lower == And || IsPunctuation(keys[end - 1])
            || end - 1 > start && (keys[end - 1].Traits & TokenTraits.AllLower) != 0 && keys[end - 1].Pos is (byte)UniversalPos.ADP or (byte)UniversalPos.CCONJ or (byte)UniversalPos.DET))
        {
            end--;
        }
        // "2016 presidential election in sweeping fashion": a lower-case preposition and the lower-case words after
        // it, at the end of a span, are the sentence going on, not the name.
        for (var i = end - 1; i > start; i--)
        {
            if ((keys[i].Traits & TokenTraits.AllLower) == 0)
            {
                break;
            }
            if (keys[i].Pos == (byte)UniversalPos.ADP && keys[i].Lower != Of)
            {
                end = i;
                break;
            }
        }
        return span with { Tokens = new TokenRange(start, end) };
    }

    /// <summary>
    /// "Catalonia said on Monday", "Augustus for that year": a person, place, group or organisation name does not
    /// run on through a lower-case word other than a particle ("bin", "de", "of the"), nor through a particle before a
    /// month or weekday ("Kremlin on March"), so it ends before it (a name written all in lower case is left alone).
    /// Event and work names keep theirs ("the 2019 state election").
    /// </summary>
    private static EntitySpan CutAtCommonWord(Document document, ReadOnlySpan<TokenKeys> keys, EntitySpan span)
    {
        if (span.Label is not (EntityLabel.PERSON or EntityLabel.GPE or EntityLabel.LOC or EntityLabel.NORP or EntityLabel.ORG)
            || (keys[span.Tokens.Start].Traits & TokenTraits.AllLower) != 0)
        {
            return span;
        }
        for (var i = span.Tokens.Start + 1; i < span.Tokens.End; i++)
        {
            var beforeADay = i + 1 < span.Tokens.End && (IsMonth(keys[i + 1].Lower) || Weekdays.Contains(keys[i + 1].Lower));
            if ((keys[i].Traits & TokenTraits.AllLower) != 0 && (!ParticleLookup.Contains(document[i].Text) || beforeADay))
            {
                var end = i;
                while (end > span.Tokens.Start + 1 && ((keys[end - 1].Traits & TokenTraits.NoLetter) != 0 || ParticleLookup.Contains(document[end - 1].Text)))
                {
                    end--;
                }
                return span with { Tokens = new TokenRange(span.Tokens.Start, end) };
            }
        }
        return span;
    }

    private static readonly HashSet<string> Particles =
    [
        "of", "the", "and", "for", "a", "an", "on", "in", "at", "to", "upon", "de", "del", "della", "di", "da", "do", "dos",
        "du", "des", "la", "las", "le", "les", "los", "el", "al", "y", "e", "et", "und", "van", "von", "der", "den", "ter", "en",
        "zu", "bin", "ibn", "ben", "bint", "'s", "’s", "s", "&", "-", "–",
    ];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ParticleLookup = Particles.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "Kingdom of Castile", "Islamic Republic of Iran", "Ottoman Empire": a state named by its form of government
    /// is a GPE — the word starting a name before "of", or ending it.
    /// </summary>
    private static bool IsPolity(ReadOnlySpan<TokenKeys> keys, EntitySpan span)
    {
        if (span.Tokens.Length < 2)
        {
            return false;
        }
        var first = span.Tokens.Start;
        var opens = (keys[first].Traits & TokenTraits.Capitalised) != 0 && Polities.Contains(keys[first].Lower) && keys[first + 1].Lower == Of;
        var last = span.Tokens.End - 1;
        var closes = (keys[last].Traits & TokenTraits.Capitalised) != 0 && Polities.Contains(keys[last].Lower);
        return opens || closes;
    }

    private static readonly HashSet<ulong> StormWords =
    [
        FeatureHash.OfLower("Hurricane"), FeatureHash.OfLower("Cyclone"), FeatureHash.OfLower("Typhoon"),
        FeatureHash.OfLower("Storm"),
    ];

    private static readonly HashSet<ulong> Polities =
    [
        FeatureHash.OfLower("Kingdom"), FeatureHash.OfLower("Empire"), FeatureHash.OfLower("Republic"),
        FeatureHash.OfLower("Duchy"), FeatureHash.OfLower("Principality"), FeatureHash.OfLower("Khanate"),
        FeatureHash.OfLower("Caliphate"), FeatureHash.OfLower("Sultanate"), FeatureHash.OfLower("Emirate"),
        FeatureHash.OfLower("Emirates"),
    ];

    /// <summary>A token of neither letters nor digits ("-", "?", ","): a name never begins or ends with one.</summary>
    private static bool IsPunctuation(in TokenKeys k) => (k.Traits & (TokenTraits.NoLetter | TokenTraits.HasDigit)) == TokenTraits.NoLetter;

    private static readonly string[] FileExtensions =
        [".pdf", ".doc", ".docx", ".htm", ".html", ".xls", ".xlsx", ".txt", ".jpg", ".jpeg", ".gif", ".png", ".zip", ".ppt", ".pptx", ".csv", ".exe"];

    private static bool NamesAFileOrAddress(Document document, TokenRange tokens)
    {
        var text = document.Text.AsSpan();
        var data = document.TokenSpan;
        for (var i = tokens.Start; i < tokens.End; i++)
        {
            var token = text.Slice(data[i].Start, data[i].Length);
            if (token.Contains("://", StringComparison.Ordinal) || token.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
            foreach (var extension in FileExtensions)
            {
                if (token.Length > extension.Length && token.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static readonly ulong Of = FeatureHash.OfLower("of");
    private static readonly ulong In = FeatureHash.OfLower("in");

    private static readonly HashSet<ulong> Months = [.. "january february march april may june july august september october november december jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec. jan feb mar apr jun jul aug sep sept oct nov dec".Split(' ').Select(w => FeatureHash.OfLower(w))];

    private static bool IsMonth(ulong lower) => Months.Contains(lower);

    private static readonly HashSet<ulong> Weekdays = [.. "monday tuesday wednesday thursday friday saturday sunday".Split(' ').Select(w => FeatureHash.OfLower(w))];

    /// <summary>A month next to a number ("Aug. 9", "May"), alone or with the numbers of its date in the span.</summary>
    private static bool IsDate(ReadOnlySpan<TokenKeys> keys, TokenRange tokens)
    {
        if (!IsMonth(keys[tokens.Start].Lower) || !NextToANumber(keys, tokens.Start))
        {
            return false;
        }
        for (var i = tokens.Start + 1; i < tokens.End; i++)
        {
            if ((keys[i].Traits & (TokenTraits.HasDigit | TokenTraits.NoLetter)) == 0)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>"Aug. 9", "9 May": a month next to a number is a date ("Theresa May" is not).</summary>
    private static bool NextToANumber(ReadOnlySpan<TokenKeys> keys, int at) =>
        at + 1 < keys.Length && (keys[at + 1].Traits & TokenTraits.HasDigit) != 0 || at > 0 && (keys[at - 1].Traits & TokenTraits.HasDigit) != 0;
    private static readonly ulong Into = FeatureHash.OfLower("into");
    private static readonly ulong The = FeatureHash.OfLower("the");
    private static readonly ulong And = FeatureHash.OfLower("and");
    private static readonly ulong For = FeatureHash.OfLower("for");

    private static bool HasCapitalOrDigit(ReadOnlySpan<TokenKeys> keys, TokenRange tokens)
    {
        for (var i = tokens.Start; i < tokens.End; i++)
        {
            if ((keys[i].Traits & (TokenTraits.Capitalised | TokenTraits.HasDigit)) != 0)
            {
                return true;
            }
        }
        return false;
    }

    private static GazetteerCategory WholeMatch(ReadOnlySpan<TokenKeys> keys, Gazetteer gazetteer, TokenRange tokens)
    {
        if (tokens.Length > 16)
        {
            return GazetteerCategory.None;
        }
        Span<ulong> lower = stackalloc ulong[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            lower[i] = keys[tokens.Start + i].Lower;
        }
        return gazetteer.LongestMatch(lower, 0, out var entry) == tokens.Length ? entry.Categories : GazetteerCategory.None;
    }
}
