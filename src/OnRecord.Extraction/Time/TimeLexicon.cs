using System.Collections.Frozen;

namespace OnRecord.Extraction.Time;

/// <summary>
/// The words of English time expressions and what each contributes. Looked up case-insensitively
/// through a span lookup, so classifying a token allocates nothing.
/// </summary>
internal static class TimeLexicon
{
    private static readonly FrozenDictionary<string, TimeAtom> Words = Build();

    private static readonly FrozenDictionary<string, TimeAtom>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool TryGet(ReadOnlySpan<char> word, out TimeAtom atom) => Lookup.TryGetValue(word, out atom);

    public static readonly string[] SeasonCodes = ["", "SP", "SU", "FA", "WI"];

    public static readonly string[] PartOfDayCodes = ["", "MO", "AF", "EV", "NI", "DT"];

    private static FrozenDictionary<string, TimeAtom> Build()
    {
        var d = new Dictionary<string, TimeAtom>(StringComparer.OrdinalIgnoreCase);
        void Add(AtomKind kind, int value, AtomFlags flags, params string[] words)
        {
            foreach (var w in words)
            {
                d[w] = new TimeAtom(kind, value, flags);
            }
        }

        string[][] months =
        [
            ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"], ["june", "jun"],
            ["july", "jul"], ["august", "aug"], ["september", "sep", "sept"], ["october", "oct"], ["november", "nov"], ["december", "dec"],
        ];
        for (var m = 0; m < 12; m++)
        {
            Add(AtomKind.Month, m + 1, AtomFlags.None, months[m]);
        }
        // Words that are also verbs, names or adjectives: months only in a date-like context.
        Add(AtomKind.Month, 3, AtomFlags.Ambiguous, "march", "mar");
        Add(AtomKind.Month, 5, AtomFlags.Ambiguous, "may");
        Add(AtomKind.Month, 8, AtomFlags.Ambiguous, "august");
        Add(AtomKind.Month, 1, AtomFlags.Ambiguous, "jan");
        Add(AtomKind.Month, 6, AtomFlags.Ambiguous, "jun");
        Add(AtomKind.Month, 12, AtomFlags.Ambiguous, "dec");

        string[][] weekdays =
        [
            ["monday", "mon"], ["tuesday", "tue", "tues"], ["wednesday", "wed"], ["thursday", "thu", "thur", "thurs"],
            ["friday", "fri"], ["saturday", "sat"], ["sunday", "sun"],
        ];
        for (var w = 0; w < 7; w++)
        {
            Add(AtomKind.Weekday, w + 1, AtomFlags.None, weekdays[w][0]);
            Add(AtomKind.Weekday, w + 1, AtomFlags.Plural, weekdays[w][0] + "s");
            Add(AtomKind.Weekday, w + 1, AtomFlags.Ambiguous, weekdays[w][1..]);
        }

        Add(AtomKind.Unit, (int)TimeUnit.Second, AtomFlags.Ambiguous, "second");
        Add(AtomKind.Unit, (int)TimeUnit.Second, AtomFlags.Plural, "seconds", "secs");
        Add(AtomKind.Unit, (int)TimeUnit.Minute, AtomFlags.None, "minute");
        Add(AtomKind.Unit, (int)TimeUnit.Minute, AtomFlags.Plural, "minutes", "mins");
        Add(AtomKind.Unit, (int)TimeUnit.Minute, AtomFlags.Ambiguous, "min");
        Add(AtomKind.Unit, (int)TimeUnit.Hour, AtomFlags.None, "hour", "hr");
        Add(AtomKind.Unit, (int)TimeUnit.Hour, AtomFlags.Plural, "hours", "hrs");
        Add(AtomKind.Unit, (int)TimeUnit.Day, AtomFlags.None, "day");
        Add(AtomKind.Unit, (int)TimeUnit.Day, AtomFlags.Plural, "days");
        Add(AtomKind.Unit, (int)TimeUnit.Weekend, AtomFlags.None, "weekend", "week-end");
        Add(AtomKind.Unit, (int)TimeUnit.Weekend, AtomFlags.Plural, "weekends");
        Add(AtomKind.Unit, (int)TimeUnit.Week, AtomFlags.None, "week", "wk");
        Add(AtomKind.Unit, (int)TimeUnit.Week, AtomFlags.Plural, "weeks", "wks");
        Add(AtomKind.Unit, (int)TimeUnit.Fortnight, AtomFlags.None, "fortnight");
        Add(AtomKind.Unit, (int)TimeUnit.Fortnight, AtomFlags.Plural, "fortnights");
        Add(AtomKind.Unit, (int)TimeUnit.Month, AtomFlags.None, "month");
        Add(AtomKind.Unit, (int)TimeUnit.Month, AtomFlags.Plural, "months");
        Add(AtomKind.Unit, (int)TimeUnit.Quarter, AtomFlags.Ambiguous, "quarter");
        Add(AtomKind.Unit, (int)TimeUnit.Quarter, AtomFlags.Plural | AtomFlags.Ambiguous, "quarters");
        Add(AtomKind.Unit, (int)TimeUnit.Quarter, AtomFlags.None, "qtr");
        Add(AtomKind.Unit, (int)TimeUnit.Quarter, AtomFlags.Plural, "qtrs");
        Add(AtomKind.Unit, (int)TimeUnit.Year, AtomFlags.None, "year", "yr");
        Add(AtomKind.Unit, (int)TimeUnit.Year, AtomFlags.Plural, "years", "yrs");
        Add(AtomKind.Unit, (int)TimeUnit.Decade, AtomFlags.None, "decade");
        Add(AtomKind.Unit, (int)TimeUnit.Decade, AtomFlags.Plural, "decades");
        Add(AtomKind.Unit, (int)TimeUnit.Century, AtomFlags.None, "century");
        Add(AtomKind.Unit, (int)TimeUnit.Century, AtomFlags.Plural, "centuries");
        Add(AtomKind.Unit, (int)TimeUnit.Millennium, AtomFlags.None, "millennium");
        Add(AtomKind.Unit, (int)TimeUnit.Millennium, AtomFlags.Plural, "millennia", "millenniums");

        string[] cardinals =
        [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
        ];
        for (var n = 0; n < cardinals.Length; n++)
        {
            Add(AtomKind.Number, n, AtomFlags.None, cardinals[n]);
        }
        string[] tens = ["thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        for (var t = 0; t < tens.Length; t++)
        {
            Add(AtomKind.Number, (t + 3) * 10, AtomFlags.None, tens[t]);
        }
        Add(AtomKind.Number, 100, AtomFlags.None, "hundred");
        Add(AtomKind.Number, 1000, AtomFlags.None, "thousand");
        Add(AtomKind.Number, 12, AtomFlags.None, "dozen");
        // Vague amounts: the duration is P X Y ("several years" → PXY).
        Add(AtomKind.Number, -1, AtomFlags.None, "several", "few", "couple", "many", "dozens", "hundreds", "thousands", "numerous");

        string[] ordinals =
        [
            "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
            "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
        ];
        for (var o = 1; o < ordinals.Length; o++)
        {
            Add(AtomKind.Ordinal, o, AtomFlags.None, ordinals[o]);
        }
        Add(AtomKind.Ordinal, 30, AtomFlags.None, "thirtieth");
        Add(AtomKind.Ordinal, 21, AtomFlags.None, "twenty-first");
        Add(AtomKind.Ordinal, 22, AtomFlags.None, "twenty-second");
        Add(AtomKind.Ordinal, 23, AtomFlags.None, "twenty-third");
        Add(AtomKind.Ordinal, 24, AtomFlags.None, "twenty-fourth");
        Add(AtomKind.Ordinal, 25, AtomFlags.None, "twenty-fifth");
        Add(AtomKind.Ordinal, 26, AtomFlags.None, "twenty-sixth");
        Add(AtomKind.Ordinal, 27, AtomFlags.None, "twenty-seventh");
        Add(AtomKind.Ordinal, 28, AtomFlags.None, "twenty-eighth");
        Add(AtomKind.Ordinal, 29, AtomFlags.None, "twenty-ninth");
        Add(AtomKind.Ordinal, 31, AtomFlags.None, "thirty-first");

        Add(AtomKind.Season, 1, AtomFlags.None, "spring");
        Add(AtomKind.Season, 2, AtomFlags.None, "summer");
        Add(AtomKind.Season, 3, AtomFlags.None, "autumn");
        Add(AtomKind.Season, 3, AtomFlags.Ambiguous, "fall");
        Add(AtomKind.Season, 4, AtomFlags.None, "winter");

        Add(AtomKind.PartOfDay, 1, AtomFlags.None, "morning", "mid-morning");
        Add(AtomKind.PartOfDay, 2, AtomFlags.None, "afternoon", "mid-afternoon");
        Add(AtomKind.PartOfDay, 3, AtomFlags.None, "evening");
        Add(AtomKind.PartOfDay, 4, AtomFlags.None, "night");
        Add(AtomKind.PartOfDay, 5, AtomFlags.None, "daytime");
        Add(AtomKind.PartOfDay, 1, AtomFlags.Plural, "mornings");
        Add(AtomKind.PartOfDay, 2, AtomFlags.Plural, "afternoons");
        Add(AtomKind.PartOfDay, 3, AtomFlags.Plural, "evenings");
        Add(AtomKind.PartOfDay, 4, AtomFlags.Plural, "nights");

        Add(AtomKind.DayWord, 0, AtomFlags.None, "today");
        Add(AtomKind.DayWord, 1, AtomFlags.None, "tomorrow");
        Add(AtomKind.DayWord, -1, AtomFlags.None, "yesterday");
        Add(AtomKind.DayWord, 0, AtomFlags.Plural, "tonight", "overnight");

        Add(AtomKind.RefWord, 0, AtomFlags.None, "now", "currently", "nowadays");
        Add(AtomKind.RefWord, -1, AtomFlags.None, "recently", "lately", "previously", "formerly");
        Add(AtomKind.RefWord, 1, AtomFlags.None, "soon");

        Add(AtomKind.Relative, -1, AtomFlags.None, "last", "previous", "prior", "preceding", "latest");
        Add(AtomKind.Relative, 1, AtomFlags.None, "next", "coming", "upcoming", "following");
        Add(AtomKind.Relative, 0, AtomFlags.None, "this", "current");
        d["past"] = new TimeAtom(AtomKind.Past, -1);
        d["recent"] = new TimeAtom(AtomKind.Past, -1, AtomFlags.Ambiguous);
        d["same"] = new TimeAtom(AtomKind.Relative, 0, AtomFlags.Ambiguous);
        d["future"] = new TimeAtom(AtomKind.Future, 1);
        d["present"] = new TimeAtom(AtomKind.Present, 0);
        d["moment"] = new TimeAtom(AtomKind.Moment, 0);

        d["early"] = new TimeAtom(AtomKind.PartWord, 0, Mod: TimexMod.Start);
        d["late"] = new TimeAtom(AtomKind.PartWord, 0, Mod: TimexMod.End);
        d["mid"] = new TimeAtom(AtomKind.PartWord, 0, Mod: TimexMod.Mid);
        d["middle"] = new TimeAtom(AtomKind.PartWord, 1, Mod: TimexMod.Mid);
        d["beginning"] = new TimeAtom(AtomKind.PartWord, 1, Mod: TimexMod.Start);
        d["start"] = new TimeAtom(AtomKind.PartWord, 1, Mod: TimexMod.Start);
        d["end"] = new TimeAtom(AtomKind.PartWord, 1, Mod: TimexMod.End);
        d["turn"] = new TimeAtom(AtomKind.PartWord, 1, Mod: TimexMod.Start);
        d["dawn"] = new TimeAtom(AtomKind.PartWord, 1, Mod: TimexMod.Start);
        d["close"] = new TimeAtom(AtomKind.PartWord, 1, AtomFlags.Ambiguous, Mod: TimexMod.End);

        Add(AtomKind.Approx, 0, AtomFlags.None, "about", "around", "approximately", "roughly", "circa", "nearly", "almost", "some", "ca.", "approx.");

        Add(AtomKind.Every, 0, AtomFlags.None, "every", "each");
        d["per"] = new TimeAtom(AtomKind.Per, 0);
        d["a"] = new TimeAtom(AtomKind.Article, 1);
        d["an"] = new TimeAtom(AtomKind.Article, 1);
        d["the"] = new TimeAtom(AtomKind.Article, 0);
        d["that"] = new TimeAtom(AtomKind.Determiner, 0);
        d["these"] = new TimeAtom(AtomKind.Determiner, 1);
        d["those"] = new TimeAtom(AtomKind.Determiner, 2);

        d["daily"] = new TimeAtom(AtomKind.SetAdverb, (int)TimeUnit.Day);
        d["weekly"] = new TimeAtom(AtomKind.SetAdverb, (int)TimeUnit.Week);
        d["biweekly"] = new TimeAtom(AtomKind.SetAdverb, (int)TimeUnit.Fortnight);
        d["fortnightly"] = new TimeAtom(AtomKind.SetAdverb, (int)TimeUnit.Fortnight);
        d["monthly"] = new TimeAtom(AtomKind.SetAdverb, (int)TimeUnit.Month);
        d["quarterly"] = new TimeAtom(AtomKind.SetAdverb, (int)TimeUnit.Quarter);
        d["annually"] = new TimeAtom(AtomKind.SetAdverb, (int)TimeUnit.Year);
        d["annual"] = new TimeAtom(AtomKind.SetAdverb, (int)TimeUnit.Year);
        d["yearly"] = new TimeAtom(AtomKind.SetAdverb, (int)TimeUnit.Year);
        d["hourly"] = new TimeAtom(AtomKind.SetAdverb, (int)TimeUnit.Hour);
        d["nightly"] = new TimeAtom(AtomKind.SetAdverb, (int)TimeUnit.Day, AtomFlags.Plural);

        d["ago"] = new TimeAtom(AtomKind.Ago, -1);
        d["later"] = new TimeAtom(AtomKind.Shift, 1);
        d["earlier"] = new TimeAtom(AtomKind.Shift, -1);
        d["hence"] = new TimeAtom(AtomKind.Shift, 1, AtomFlags.Ambiguous);
        d["before"] = new TimeAtom(AtomKind.Shift, -1, AtomFlags.Plural);
        d["after"] = new TimeAtom(AtomKind.Shift, 1, AtomFlags.Plural);

        Add(AtomKind.Meridiem, 0, AtomFlags.None, "a.m.", "a.m", "a. m.");
        Add(AtomKind.Meridiem, 12, AtomFlags.None, "p.m.", "p.m", "pm", "p. m.");
        d["am"] = new TimeAtom(AtomKind.Meridiem, 0, AtomFlags.Ambiguous);

        d["noon"] = new TimeAtom(AtomKind.Clock, 12 * 60);
        d["midday"] = new TimeAtom(AtomKind.Clock, 12 * 60);
        d["mid-day"] = new TimeAtom(AtomKind.Clock, 12 * 60);
        d["midnight"] = new TimeAtom(AtomKind.Clock, 24 * 60);
        d["o'clock"] = new TimeAtom(AtomKind.OClock, 0);
        d["oclock"] = new TimeAtom(AtomKind.OClock, 0);

        Add(AtomKind.Zone, 0, AtomFlags.None, "gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet", "cest", "et", "pt", "ist", "jst", "msk", "eet", "eest", "aest", "hkt", "sgt", "wib");
        d["local"] = new TimeAtom(AtomKind.Local, 0);
        d["time"] = new TimeAtom(AtomKind.Time, 0);

        d["fiscal"] = new TimeAtom(AtomKind.Fiscal, 0);
        d["financial"] = new TimeAtom(AtomKind.Fiscal, 1);

        foreach (var first in Holidays.FirstWords())
        {
            d.TryAdd(first, new TimeAtom(AtomKind.Holiday, 0));
        }

        d["of"] = new TimeAtom(AtomKind.Of, 0);
        d["and"] = new TimeAtom(AtomKind.And, 0);
        d[","] = new TimeAtom(AtomKind.Comma, 0);
        d["-"] = new TimeAtom(AtomKind.Hyphen, 0);
        d["–"] = new TimeAtom(AtomKind.Hyphen, 1);
        d["/"] = new TimeAtom(AtomKind.Slash, 0);
        d["than"] = new TimeAtom(AtomKind.Than, 0);
        d["more"] = new TimeAtom(AtomKind.Comparative, (int)TimexMod.MoreThan);
        d["longer"] = new TimeAtom(AtomKind.Comparative, (int)TimexMod.MoreThan);
        d["less"] = new TimeAtom(AtomKind.Comparative, (int)TimexMod.LessThan);
        d["fewer"] = new TimeAtom(AtomKind.Comparative, (int)TimexMod.LessThan);
        d["shorter"] = new TimeAtom(AtomKind.Comparative, (int)TimexMod.LessThan);
        d["least"] = new TimeAtom(AtomKind.Comparative, (int)TimexMod.EqualOrMore, AtomFlags.Ambiguous);
        d["most"] = new TimeAtom(AtomKind.Comparative, (int)TimexMod.EqualOrLess, AtomFlags.Ambiguous);
        d["up"] = new TimeAtom(AtomKind.Comparative, (int)TimexMod.EqualOrLess, AtomFlags.Plural);
        d["times"] = new TimeAtom(AtomKind.Times, 0);
        d["once"] = new TimeAtom(AtomKind.Times, 1);
        d["twice"] = new TimeAtom(AtomKind.Times, 2);
        d["half"] = new TimeAtom(AtomKind.Half, 0);
        d["old"] = new TimeAtom(AtomKind.Age, 0);
        d["older"] = new TimeAtom(AtomKind.Age, 1);
        d["younger"] = new TimeAtom(AtomKind.Age, 1);
        d["aged"] = new TimeAtom(AtomKind.Age, 2);
        Add(AtomKind.Currency, 0, AtomFlags.None, "$", "€", "£", "¥", "us$", "usd", "eur", "gbp");
        Add(AtomKind.MeasureWord, 0, AtomFlags.None, "%", "percent", "cent", "people", "troops", "soldiers", "votes", "dollars", "euros",
            "pounds", "tonnes", "tons", "barrels", "units", "jobs", "workers", "members", "residents", "homes", "cases", "deaths", "miles",
            "kilometres", "kilometers", "km", "metres", "meters", "feet", "acres", "hectares", "square", "million", "billion", "trillion",
            "points", "seats", "delegates", "civilians", "refugees", "children", "women", "men", "students", "rubles", "roubles", "yuan");
        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
