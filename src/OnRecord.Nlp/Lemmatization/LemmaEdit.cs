namespace OnRecord.Nlp.Lemmatization;

/// <summary>
/// How a form becomes its lemma: optionally lower-case it, cut <see cref="Strip"/> characters from the end,
/// append <see cref="Append"/>. "Cars" → "car" is (lower, 1, ""); "was" → "be" is (lower, 3, "be");
/// "Obama" → "Obama" is (keep case, 0, "").
/// </summary>
public readonly record struct LemmaEdit(bool Lower, int Strip, string Append)
{
    public static readonly LemmaEdit Identity = new(false, 0, "");

    public bool AppliesTo(int formLength) => Strip < formLength || (Strip == formLength && Append.Length > 0);

    public string Apply(ReadOnlySpan<char> form)
    {
        var keep = Math.Max(0, form.Length - Strip);
        if (!Lower && Append.Length == 0)
        {
            return form[..keep].ToString();
        }
        var length = keep + Append.Length;
        Span<char> buffer = length <= 256 ? stackalloc char[length] : new char[length];
        for (var i = 0; i < keep; i++)
        {
            buffer[i] = Lower ? char.ToLowerInvariant(form[i]) : form[i];
        }
        Append.AsSpan().CopyTo(buffer[keep..]);
        return new string(buffer);
    }

    /// <summary>The shortest edit from <paramref name="form"/> to <paramref name="lemma"/>; lower-casing wins ties.</summary>
    public static LemmaEdit Between(string form, string lemma)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(lemma);
        var cased = Edit(form, lemma, lower: false);
        var lowered = Edit(form, lemma, lower: true);
        return Cost(cased) < Cost(lowered) ? cased : lowered;
    }

    private static int Cost(LemmaEdit e) => e.Strip + e.Append.Length;

    private static LemmaEdit Edit(string form, string lemma, bool lower)
    {
        var prefix = 0;
        while (prefix < form.Length && prefix < lemma.Length
            && (lower ? char.ToLowerInvariant(form[prefix]) : form[prefix]) == lemma[prefix])
        {
            prefix++;
        }
        return new LemmaEdit(lower, form.Length - prefix, lemma[prefix..]);
    }
}
