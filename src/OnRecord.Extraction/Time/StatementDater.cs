using OnRecord.Core.Annotations;
using OnRecord.Core.Documents;

namespace OnRecord.Extraction.Time;

/// <summary>
/// Gives every quote the date its statement was made: the document date, unless the attribution carries its own
/// date ("On Monday, X said", "X told reporters on Tuesday", "X said last week"). A day-level expression anywhere
/// in the attribution's sentence outside the quoted words counts; a coarser one ("in 2021", "last week") only
/// right after the cue ("said in 2021"), so that "X, spokesman since 2008, said" keeps the document date.
/// </summary>
public static class StatementDater
{
    /// <summary>Characters between the cue and a coarse date for the date to still attach to the cue.</summary>
    private const int AdjacentGap = 12;

    public static void Apply(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var fallback = document.Date is { } date ? TimexValueFormat.Date(date) : null;
        for (var i = 0; i < document.Quotes.Count; i++)
        {
            var quote = document.Quotes[i];
            var value = DateFromText(document, quote) ?? fallback;
            if (value != quote.StatementDate)
            {
                document.Quotes[i] = quote with { StatementDate = value };
            }
        }
    }

    private static string? DateFromText(Document d, Quote quote)
    {
        var pivot = quote.Cue ?? quote.Speaker?.Mention;
        if (pivot is not { } cue)
        {
            return null;
        }
        var sentence = SentenceRange(d, cue.Start);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var t in d.Timexes)
        {
            if (t.Type is not (TimexType.DATE or TimexType.TIME) || !sentence.Contains(t.Range) || InsideContent(quote, t.Range))
            {
                continue;
            }
            var distance = t.Range.Start >= cue.End ? t.Range.Start - cue.End : Math.Max(0, cue.Start - t.Range.End);
            var dayLevel = TimexValues.TryParseDay(t.Value, out _);
            if (!dayLevel && (t.Range.Start < cue.End || distance > AdjacentGap || HasPunctuation(d.Text, cue.End, t.Range.Start)
                || t.Value.EndsWith("_REF", StringComparison.Ordinal) || t.Value.StartsWith('X')))
            {
                continue;
            }
            if (distance < bestDistance)
            {
                best = dayLevel && t.Type == TimexType.TIME ? t.Value[..10] : t.Value;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static bool HasPunctuation(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (char.IsPunctuation(text[i]))
            {
                return true;
            }
        }
        return false;
    }

    private static bool InsideContent(Quote quote, TextRange range)
    {
        if (quote.Fragments.IsDefaultOrEmpty)
        {
            return quote.Content.Overlaps(range);
        }
        foreach (var f in quote.Fragments)
        {
            if (f.Overlaps(range))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The character range of the sentence holding an offset; the whole text when there are no sentences.</summary>
    private static TextRange SentenceRange(Document d, int offset)
    {
        if (d.Sentences.IsEmpty || d.TokenCount == 0)
        {
            return new TextRange(0, d.Text.Length);
        }
        var token = Math.Min(d.TokenIndexAt(offset), d.TokenCount - 1);
        var s = d.SentenceIndexOf(token);
        return s < 0 ? new TextRange(0, d.Text.Length) : d.CharRange(d.Sentences[s]);
    }
}
