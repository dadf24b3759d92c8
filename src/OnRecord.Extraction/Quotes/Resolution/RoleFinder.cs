using OnRecord.Extraction.Quotes.Lexicon;

namespace OnRecord.Extraction.Quotes.Resolution;

/// <summary>
/// Reads the roles the text gives people: written before the name ("Kremlin spokesman Dmitry Peskov",
/// "US Special Counsel Robert S. Mueller"), in an apposition ("Peskov, the Kremlin spokesman,") or a
/// relative clause ("Mr Peskov, who has been Mr Putin's spokesman").
/// </summary>
internal static class RoleFinder
{
    private const int MaxRoleWords = 8;

    public static void Attach(QuoteContext ctx, List<NameMention> names)
    {
        foreach (var n in names)
        {
            if (n.Role is not null || n.IsOrganisation)
            {
                continue;
            }
            n.Role = Prefix(ctx, n) ?? Apposition(ctx, n);
            if (n.Role is not null && n.Label is null)
            {
                n.Label = Core.Annotations.EntityLabel.PERSON;
            }
        }
    }

    /// <summary>Role words before the name, inside the capitalised run or just before it.</summary>
    private static string? Prefix(QuoteContext ctx, NameMention n)
    {
        var nameStart = n.Start;
        // Peeled capitalised roles inside the run: "US Special Counsel" of "US Special Counsel Robert S. Mueller".
        for (var k = n.Start; k < n.End; k++)
        {
            if (NameWords.RoleNouns.Contains(ctx.Word(k)))
            {
                nameStart = k + 1;
            }
        }
        var start = n.Start;
        var k2 = n.Start - 1;
        var sawRole = nameStart > n.Start;
        while (k2 >= 0 && n.Start - k2 <= MaxRoleWords && ctx.SentenceOf[k2] == ctx.SentenceOf[n.Start])
        {
            var w = ctx.Word(k2);
            if (ctx.Is(k2, WordShape.Lower) && !GrammarWords.Determiners.Contains(w) && !GrammarWords.PhraseBreakers.Contains(w) && !CueLexicon.Contains(w)
                && (NameWords.RoleNouns.Contains(w) || sawRole && k2 < n.Start - 1 || k2 == n.Start - 1 && NameWords.RoleNouns.Contains(w)))
            {
                sawRole |= NameWords.RoleNouns.Contains(w);
                start = k2;
                k2--;
                continue;
            }
            if (sawRole && (SpeakerPhrase.IsNamePart(ctx, k2) || w.SequenceEqual("'s") || w.SequenceEqual("’s")))
            {
                start = k2;
                k2--;
                continue;
            }
            break;
        }
        if (!sawRole)
        {
            return null;
        }
        var end = nameStart > n.Start ? nameStart : n.Start;
        return start < end ? Text(ctx, start, end) : null;
    }

    /// <summary>", the Kremlin spokesman," or ", who has been Mr Putin's spokesman since 2008,".</summary>
    private static string? Apposition(QuoteContext ctx, NameMention n)
    {
        var i = n.End;
        if (i >= ctx.Count || !ctx.Is(i, WordShape.Comma))
        {
            return null;
        }
        i++;
        if (ctx.IsWord(i, "who") && (ctx.IsWord(i + 1, "is") || ctx.IsWord(i + 1, "was")))
        {
            i += 2;
        }
        else if (ctx.IsWord(i, "who") && ctx.IsWord(i + 1, "has") && ctx.IsWord(i + 2, "been"))
        {
            i += 3;
        }
        if (i < ctx.Count && GrammarWords.Determiners.Contains(ctx.Word(i)) && !ctx.Is(i, WordShape.Pronoun))
        {
            i++;
        }
        var start = i;
        var roleEnd = -1;
        for (var k = i; k < ctx.Count && k - i < MaxRoleWords; k++)
        {
            if (ctx.Is(k, WordShape.Punct) && !ctx.IsWord(k, "'s") && !ctx.IsWord(k, "’s"))
            {
                break;
            }
            if (NameWords.RoleNouns.Contains(ctx.Word(k)))
            {
                roleEnd = k + 1;
                // "president of the NAACP": the organisation belongs to the role.
                if (ctx.IsWord(k + 1, "of"))
                {
                    var m = k + 2;
                    if (ctx.IsWord(m, "the"))
                    {
                        m++;
                    }
                    while (m < ctx.Count && SpeakerPhrase.IsNamePart(ctx, m))
                    {
                        m++;
                    }
                    if (m > k + 2)
                    {
                        roleEnd = m;
                    }
                }
                break;
            }
            if (GrammarWords.PhraseBreakers.Contains(ctx.Word(k)))
            {
                break;
            }
        }
        return roleEnd > start ? Text(ctx, start, roleEnd) : null;
    }

    private static string Text(QuoteContext ctx, int start, int end) =>
        ctx.Text[ctx.Starts[start]..ctx.Ends[end - 1]].ReplaceLineEndings(" ");
}
