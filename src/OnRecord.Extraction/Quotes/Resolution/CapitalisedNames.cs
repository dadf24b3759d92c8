using System.Text;
using OnRecord.Core.Annotations;
using OnRecord.Extraction.Quotes.Lexicon;

namespace OnRecord.Extraction.Quotes.Resolution;

/// <summary>
/// Names read from capitalisation when no recogniser ran (or where it found nothing): runs of capitalised
/// words, typed as a person by an honorific, a role or a first-name-and-surname shape, as an organisation by
/// its head word ("Party", "Office", "Kremlin") or an acronym.
/// </summary>
internal static class CapitalisedNames
{
    public static List<NameMention> Find(QuoteContext ctx)
    {
        var names = new List<NameMention>();
        var i = 0;
        while (i < ctx.Count)
        {
            if (!SpeakerPhrase.IsNamePart(ctx, i))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < ctx.Count && (SpeakerPhrase.IsNamePart(ctx, i) || IsNameJoiner(ctx, i, start)))
            {
                i++;
            }
            var mention = Classify(ctx, start, i);
            if (mention is not null)
            {
                names.Add(mention);
            }
        }
        return names;
    }

    /// <summary>Types a capitalised run: honorifics and capitalised role words in front are peeled off the name.</summary>
    private static NameMention? Classify(QuoteContext ctx, int start, int end)
    {
        var gender = PronounKind.None;
        var person = false;
        var nameStart = start;
        var organisation = NameWords.OrganisationHeads.Contains(ctx.Word(end - 1)) || ctx.Is(end - 1, WordShape.AllCaps) && end - start == 1;
        for (var k = start; k < end - 1 && !organisation; k++)
        {
            var w = ctx.Word(k);
            if (NameWords.Honorifics.Contains(w) || NameWords.RoleNouns.Contains(w))
            {
                nameStart = k + 1;
                person = true;
                gender = NameWords.MaleHonorifics.Contains(w) ? PronounKind.Male : NameWords.FemaleHonorifics.Contains(w) ? PronounKind.Female : gender;
            }
        }
        while (nameStart < end && NameWords.NotNames.Contains(ctx.Word(nameStart)))
        {
            nameStart++;
        }
        if (nameStart >= end)
        {
            return null;
        }
        var last = ctx.Word(end - 1);
        if (NameWords.NotNames.Contains(last))
        {
            return null;
        }
        EntityLabel? label = null;
        if (organisation)
        {
            label = EntityLabel.ORG;
        }
        else if (person || end - nameStart is 2 or 3 && AllNameLike(ctx, nameStart, end))
        {
            label = EntityLabel.PERSON;
        }
        var name = new StringBuilder();
        for (var k = nameStart; k < end; k++)
        {
            if (k > nameStart && ctx.Starts[k] > ctx.Ends[k - 1])
            {
                name.Append(' ');
            }
            name.Append(ctx.Word(k));
        }
        if (gender == PronounKind.None && label == EntityLabel.PERSON && end - nameStart > 1)
        {
            gender = FirstNames.GenderOf(ctx.Word(nameStart));
        }
        return new NameMention
        {
            Start = start,
            End = end,
            Name = name.ToString(),
            Last = last.ToString(),
            Label = label,
            Gender = gender,
        };
    }

    private static bool AllNameLike(QuoteContext ctx, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (ctx.Is(k, WordShape.AllCaps) && ctx.Word(k).Length > 2 || ctx.Is(k, WordShape.Digit))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Lower-case particles inside names: "Office of the Director of National Intelligence", "Charles de Gaulle".</summary>
    private static bool IsNameJoiner(QuoteContext ctx, int i, int start) => SpeakerPhrase.IsNameJoiner(ctx, i, start);
}
