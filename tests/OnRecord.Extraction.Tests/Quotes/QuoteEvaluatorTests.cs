using System.Collections.Immutable;
using OnRecord.Core.Annotations;
using OnRecord.Core.Documents;
using OnRecord.Extraction.Quotes.Evaluation;

namespace OnRecord.Extraction.Tests.Quotes;

/// <summary>The quotation metrics on tiny hand-made gold and system pairs whose figures can be worked out by hand.</summary>
public class QuoteEvaluatorTests
{
    // 0         1         2         3         4         5         6
    // 0123456789012345678901234567890123456789012345678901234567890123456789
    private const string Text = "“We won,” Ms Holm said. The mayor said the plan was fine and cheap.";

    private static TextRange Find(string part, int from = 0)
    {
        var i = Text.IndexOf(part, from, StringComparison.Ordinal);
        Assert.True(i >= 0, part);
        return new TextRange(i, i + part.Length);
    }

    private static GoldQuote Gold(string content, string speaker, QuoteKind kind) =>
        new(Find(content), [Find(content)], [Find(speaker)], null, kind);

    private static Quote System(string content, string? speaker, QuoteKind kind) => new()
    {
        Content = Find(content),
        Fragments = [Find(content)],
        Kind = kind,
        Speaker = speaker is null ? null : new QuoteSpeaker(Find(speaker), speaker),
    };

    [Fact]
    public void Identical_spans_after_trimming_marks_spaces_and_final_punctuation_match_exactly()
    {
        var evaluator = new QuoteEvaluator();
        evaluator.Add("d", Text,
            [Gold("“We won,”", "Ms Holm", QuoteKind.Direct), Gold("the plan was fine and cheap.", "The mayor", QuoteKind.Indirect)],
            [System("We won", "Holm", QuoteKind.Direct), System("the plan was fine and cheap", "mayor", QuoteKind.Indirect)]);
        var s = evaluator.Scores();
        Assert.Equal(new(2, 2, 2), s.Exact);
        Assert.Equal(new(2, 2, 2), s.Overlap);
        Assert.Equal(1.0, s.SpeakerAccuracy);
        Assert.Equal(1.0, s.Kinds.Single(k => k.Kind == QuoteKind.Direct).ExactRecall);
    }

    [Fact]
    public void A_span_sharing_half_the_shorter_one_matches_by_overlap_only()
    {
        var evaluator = new QuoteEvaluator();
        evaluator.Add("d", Text,
            [Gold("the plan was fine and cheap", "The mayor", QuoteKind.Indirect)],
            [System("the plan was fine", "The mayor", QuoteKind.Indirect)]);
        var s = evaluator.Scores();
        Assert.Equal(new(0, 1, 1), s.Exact);
        Assert.Equal(new(1, 1, 1), s.Overlap);
        Assert.Equal(0.0, s.Kinds.Single(k => k.Kind == QuoteKind.Indirect).ExactRecall);
        Assert.Equal(1.0, s.Kinds.Single(k => k.Kind == QuoteKind.Indirect).OverlapRecall);
        Assert.Contains(evaluator.Errors, e => e.Type == QuoteErrorType.EndBoundary);
    }

    [Fact]
    public void Less_than_half_of_the_shorter_span_is_no_match()
    {
        var evaluator = new QuoteEvaluator();
        evaluator.Add("d", Text,
            [Gold("the plan was fine", "The mayor", QuoteKind.Indirect)],
            [System("fine and cheap", "The mayor", QuoteKind.Indirect)]);
        var s = evaluator.Scores();
        Assert.Equal(new(0, 1, 1), s.Overlap);
        Assert.Equal(0, s.SpeakerPairs);
        Assert.Contains(evaluator.Errors, e => e.Type == QuoteErrorType.Missed);
        Assert.Contains(evaluator.Errors, e => e.Type == QuoteErrorType.Spurious);
    }

    [Fact]
    public void Matching_is_one_to_one()
    {
        var evaluator = new QuoteEvaluator();
        evaluator.Add("d", Text,
            [Gold("the plan was fine and cheap", "The mayor", QuoteKind.Indirect)],
            [System("the plan was fine and cheap", "The mayor", QuoteKind.Indirect), System("the plan was fine and cheap", "The mayor", QuoteKind.Indirect)]);
        var s = evaluator.Scores();
        Assert.Equal(new(1, 2, 1), s.Exact);
        Assert.Equal(new(1, 2, 1), s.Overlap);
        Assert.Equal(0.5, s.Exact.Precision);
    }

    [Fact]
    public void Speaker_is_right_when_its_mention_overlaps_the_gold_mention()
    {
        var evaluator = new QuoteEvaluator();
        evaluator.Add("d", Text,
            [Gold("We won", "Ms Holm", QuoteKind.Direct), Gold("the plan was fine and cheap", "The mayor", QuoteKind.Indirect)],
            [System("We won", "Holm", QuoteKind.Direct), System("the plan was fine and cheap", null, QuoteKind.Indirect)]);
        var s = evaluator.Scores();
        Assert.Equal(2, s.SpeakerPairs);
        Assert.Equal(1, s.SpeakerCorrect);
        Assert.Equal(0.5, s.SpeakerAccuracy);
        Assert.Contains(evaluator.Errors, e => e.Type == QuoteErrorType.WrongSpeaker);
    }

    [Fact]
    public void Gold_quotes_without_a_speaker_are_left_out_of_speaker_accuracy()
    {
        var evaluator = new QuoteEvaluator();
        var gold = new GoldQuote(Find("We won"), [Find("We won")], ImmutableArray<TextRange>.Empty, null, QuoteKind.Direct);
        evaluator.Add("d", Text, [gold], [System("We won", "Holm", QuoteKind.Direct)]);
        Assert.Equal(0, evaluator.Scores().SpeakerPairs);
    }

    [Fact]
    public void Scores_add_up_over_documents_and_print_as_percentages()
    {
        var evaluator = new QuoteEvaluator();
        evaluator.Add("a", Text, [Gold("We won", "Ms Holm", QuoteKind.Direct)], [System("We won", "Ms Holm", QuoteKind.Direct)]);
        evaluator.Add("b", Text, [Gold("the plan was fine and cheap", "The mayor", QuoteKind.Indirect)], []);
        var s = evaluator.Scores();
        Assert.Equal(2, s.Documents);
        Assert.Equal(new(1, 1, 2), s.Exact);
        var figures = s.All().ToDictionary(p => p.Name, p => p.Value);
        Assert.Equal(100.0, figures["content.exact.precision"], 6);
        Assert.Equal(50.0, figures["content.exact.recall"], 6);
        Assert.Equal(100.0 * 2 / 3, figures["content.exact.f1"], 6);
        Assert.Equal(0.0, figures["recall.indirect.overlap"], 6);
    }

    [Theory]
    [InlineData("“We won,”", "We won")]
    [InlineData("  «Enough!» ", "Enough")]
    [InlineData("the plan was fine.", "the plan was fine")]
    [InlineData("that it was “a con.”", "that it was “a con")]
    public void Trimming_drops_marks_spaces_and_final_punctuation(string content, string trimmed)
    {
        var trimmedRange = ContentTrim.Trim(content, new TextRange(0, content.Length));
        Assert.Equal(trimmed, content[trimmedRange.Start..trimmedRange.End]);
    }
}
