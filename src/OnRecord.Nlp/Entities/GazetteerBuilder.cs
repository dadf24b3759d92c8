using OnRecord.Core.Documents;
using OnRecord.Nlp.Tokenization;

namespace OnRecord.Nlp.Entities;

/// <summary>
/// Collects phrases for a <see cref="Gazetteer"/>. Phrases are tokenized with the product's tokenizer so
/// that they match the tokens documents will have ("St. Petersburg", "U.S.").
/// </summary>
public sealed class GazetteerBuilder
{
    private readonly Dictionary<ulong, Gazetteer.Entry> _entries = [];
    private readonly List<string> _persons = [];
    private readonly Dictionary<string, int> _personIds = new(StringComparer.Ordinal);
    private readonly List<string> _countries = [];
    private readonly Dictionary<string, short> _countryIds = new(StringComparer.Ordinal);

    public GazetteerBuilder Add(string phrase, GazetteerCategory categories, string? country = null, string? person = null)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var hashes = TokenHashes(phrase);
        if (hashes.Count == 0)
        {
            return this;
        }
        short countryId = -1;
        if (country is not null && !_countryIds.TryGetValue(country, out countryId))
        {
            countryId = (short)_countries.Count;
            _countries.Add(country);
            _countryIds[country] = countryId;
        }
        var personId = -1;
        if (person is not null && !_personIds.TryGetValue(person, out personId))
        {
            personId = _persons.Count;
            _persons.Add(person);
            _personIds[person] = personId;
        }
        var chain = Gazetteer.Start;
        for (var i = 0; i < hashes.Count; i++)
        {
            chain = Gazetteer.Extend(chain, hashes[i]);
            if (!_entries.TryGetValue(chain, out var e))
            {
                e = new Gazetteer.Entry(GazetteerCategory.None, false, -1, -1);
            }
            _entries[chain] = i < hashes.Count - 1
                ? e with { HasLonger = true }
                : e with
                {
                    Categories = e.Categories | categories,
                    Country = countryId >= 0 ? countryId : e.Country,
                    Person = personId >= 0 ? personId : e.Person,
                };
        }
        return this;
    }

    /// <summary>Records the initials of an organisation ("WHO"), matched only where a document writes them in capitals.</summary>
    public GazetteerBuilder AddAcronym(string acronym)
    {
        ArgumentException.ThrowIfNullOrEmpty(acronym);
        _entries[Gazetteer.AcronymKey(FeatureHash.OfLower(acronym))] = new Gazetteer.Entry(GazetteerCategory.Organization, false, -1, -1);
        return this;
    }

    public Gazetteer Build() => new(new Dictionary<ulong, Gazetteer.Entry>(_entries), [.. _persons], [.. _countries]);

    private static List<ulong> TokenHashes(string phrase)
    {
        var tokens = Tokenizer.Default.Tokenize(phrase, new TextRange(0, phrase.Length), out var count);
        var hashes = new List<ulong>(count);
        for (var i = 0; i < count; i++)
        {
            hashes.Add(FeatureHash.OfLower(phrase.AsSpan(tokens[i].Start, tokens[i].Length)));
        }
        return hashes;
    }
}
