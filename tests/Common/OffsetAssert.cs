using OnRecord.Core.Documents;

namespace OnRecord.Tests.Common;

/// <summary>Checks that every offset of every layer lies inside the text and slices it sensibly (Lucene's ValidatingTokenFilter idea).</summary>
public static class OffsetAssert
{
    public static void Valid(Document d)
    {
        var length = d.Text.Length;
        void Range(TextRange r, string what)
        {
            Assert.True(r.Start >= 0 && r.End <= length && r.Start <= r.End, $"{d.Id}: {what} {r} outside text of length {length}");
        }
        var previousEnd = 0;
        foreach (var t in d.TokenSpan)
        {
            Range(new TextRange(t.Start, t.End), "token");
            Assert.True(t.Start >= previousEnd, $"{d.Id}: token [{t.Start},{t.End}) overlaps the previous one");
            Assert.True(t.End > t.Start, $"{d.Id}: empty token at {t.Start}");
            Assert.False(char.IsWhiteSpace(d.Text[t.Start]) || char.IsWhiteSpace(d.Text[t.End - 1]), $"{d.Id}: token [{t.Start},{t.End}) starts or ends with whitespace");
            Assert.True(t.Head == TokenData.NoHead || t.Head == TokenData.RootHead || (t.Head >= 0 && t.Head < d.TokenCount), $"{d.Id}: head {t.Head} out of range");
            previousEnd = t.End;
        }
        foreach (var s in d.Sentences)
        {
            var r = d.CharRange(s);
            Range(r, "sentence");
            Assert.True(r.Length > 0, $"{d.Id}: empty sentence");
        }
        foreach (var e in d.Entities)
        {
            Range(e.Range, "entity");
            Assert.False(string.IsNullOrWhiteSpace(d.TextOf(e.Range)), $"{d.Id}: blank entity");
        }
        foreach (var q in d.Quotes)
        {
            Range(q.Content, "quote content");
            foreach (var f in q.Fragments)
            {
                Range(f, "quote fragment");
                Assert.True(q.Content.Contains(f), $"{d.Id}: fragment {f} outside content {q.Content}");
            }
            if (q.Cue is { } cue)
            {
                Range(cue, "cue");
            }
            if (q.Speaker is { } speaker)
            {
                Range(speaker.Mention, "speaker");
            }
        }
        foreach (var t in d.Timexes)
        {
            Range(t.Range, "timex");
            Assert.False(string.IsNullOrWhiteSpace(t.Value), $"{d.Id}: timex without value");
        }
        foreach (var q in d.Quantities)
        {
            Range(q.Range, "quantity");
        }
        foreach (var c in d.Claims)
        {
            Range(c.Range, "claim");
        }
        foreach (var e in d.Events)
        {
            Range(e.Trigger, "event");
        }
    }
}
