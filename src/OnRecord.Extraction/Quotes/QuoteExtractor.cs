using System.Globalization;
using OnRecord.Core.Documents;
using OnRecord.Extraction.Quotes.Learning;
using OnRecord.Extraction.Quotes.Resolution;
using OnRecord.Extraction.Quotes.Rules;
using OnRecord.Nlp.Models;

namespace OnRecord.Extraction.Quotes;

/// <summary>
/// Finds who said what in a document and fills <see cref="Document.Quotes"/>: attributions from a finder
/// (the trained model, or the rules when no model is shipped), cleaned of duplicates and headlines, with
/// speakers resolved to the people and organisations they name. Thread-safe.
/// </summary>
public sealed class QuoteExtractor
{
    private static readonly QuoteExtractor RuleExtractor = new(RuleAttributionFinder.Instance, "rules");
    private static readonly Lazy<QuoteExtractor> DefaultExtractor = new(() =>
        ModelDirectory.Exists(QuoteModel.FileName) ? FromModel(QuoteModel.Load(ModelDirectory.File(QuoteModel.FileName))) : RuleExtractor);

    private readonly IAttributionFinder _finder;

    private QuoteExtractor(IAttributionFinder finder, string mode)
    {
        _finder = finder;
        Mode = mode;
    }

    /// <summary>The rules alone: needs no trained model.</summary>
    public static QuoteExtractor Rules => RuleExtractor;

    /// <summary>The shipped model when there is one, else the rules.</summary>
    public static QuoteExtractor Default => DefaultExtractor.Value;

    /// <summary>The shipped model; fails with <c>E202</c> when it is not there.</summary>
    public static QuoteExtractor Shipped() => FromModel(QuoteModel.Load(ModelDirectory.File(QuoteModel.FileName)));

    public static QuoteExtractor FromModel(QuoteModel model) => new(new LearnedAttributionFinder(model), "model");

    /// <summary>"rules" or "model".</summary>
    public string Mode { get; }

    public void Extract(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.TokenCount == 0)
        {
            return;
        }
        var ctx = new QuoteContext(document);
        var found = new List<Attribution>();
        _finder.Find(ctx, found);
        Datelines.Exclude(ctx, found);
        var kept = Clean(ctx, found);
        var resolver = new SpeakerResolver(ctx, DocumentNames.Build(ctx));
        var date = document.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var a in kept)
        {
            var speaker = a.HasSpeaker ? ResolveSpeaker(ctx, resolver, a) : (Core.Annotations.QuoteSpeaker?)null;
            if (QuoteBuilder.Build(ctx, a, speaker, date) is { } quote)
            {
                document.Quotes.Add(quote);
            }
        }
    }

    /// <summary>The speaker the mention resolves to; a relative pronoun ("an assessment that found") resolves as the noun it stands for.</summary>
    private static Core.Annotations.QuoteSpeaker ResolveSpeaker(QuoteContext ctx, SpeakerResolver resolver, in Attribution a)
    {
        if (a.SpeakerEnd - a.SpeakerStart == 1 && RelativePronouns.Antecedent(ctx, a.SpeakerHead) is var noun and >= 0)
        {
            var (start, end) = SpeakerPhrase.Expand(ctx, noun, 0, a.SpeakerHead);
            return resolver.Resolve(start, end, noun) with { Mention = ctx.CharRange(a.SpeakerStart, a.SpeakerEnd) };
        }
        return resolver.Resolve(a.SpeakerStart, a.SpeakerEnd, a.SpeakerHead);
    }

    private static int Gap(in Attribution a) =>
        a.CueEnd <= a.ContentStart ? a.ContentStart - a.CueEnd : a.CueStart >= a.ContentEnd ? a.CueStart - a.ContentEnd : 0;

    /// <summary>Orders attributions by content, drops those in headlines and those no reader would call a quotation (<see cref="ReportableAttributions"/>), and keeps one of any two with the same content.</summary>
    private static List<Attribution> Clean(QuoteContext ctx, List<Attribution> found)
    {
        found.Sort((a, b) => a.ContentStart != b.ContentStart ? a.ContentStart.CompareTo(b.ContentStart) : a.ContentEnd.CompareTo(b.ContentEnd));
        var kept = new List<Attribution>(found.Count);
        foreach (var a in found)
        {
            // A quotation signed "― Name" ends its line without a full stop but is no headline.
            if (a.ContentEnd <= a.ContentStart || Headlines.IsHeadline(ctx, ctx.SentenceOf[a.ContentStart]) && !ctx.Is(a.Anchor, WordShape.Dash)
                || !ReportableAttributions.IsReportable(ctx, a))
            {
                continue;
            }
            if (kept.Count > 0 && kept[^1].ContentStart == a.ContentStart && kept[^1].ContentEnd == a.ContentEnd)
            {
                // Two cues for the same words: the one next to them reports them ("released a report saying that …").
                var gapKept = Gap(kept[^1]);
                var gap = Gap(a);
                if (gap < gapKept || gap == gapKept && a.Confidence > kept[^1].Confidence)
                {
                    kept[^1] = a;
                }
                continue;
            }
            kept.Add(a);
        }
        return kept;
    }
}
