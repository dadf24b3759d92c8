using OnRecord.Core.Errors;
using OnRecord.Nlp.Lexicon;
using OnRecord.Nlp.Parsing;
using OnRecord.Nlp.Tagging;
using OnRecord.Nlp.Training;
using OnRecord.Tests.Common;

namespace OnRecord.Nlp.Tests.Parsing;

public class ParserModelTests
{
    private static List<ParserExample> DevExamples(ParserModel model)
    {
        var tagger = Tagger.Shipped;
        var labelIds = model.Labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i);
        return TrainingCorpus.Load([TestPaths.SharedFile("corpora", "gum-open", "en_gum-open-dev.conllu")], WordClusters.Shipped).Take(200).Select(s =>
        {
            var classes = new int[s.Length];
            tagger.Predict(s.Words, classes);
            var tags = new PredictedTags([.. classes.Select(tagger.Model.Tags.Upos)], [.. classes.Select(tagger.Model.Tags.Xpos)]);
            return new ParserExample(s, tags, labelIds, projectivize: false);
        }).ToList();
    }

    private static List<string> Parses(ParserModel model, List<ParserExample> examples)
    {
        var parser = new DependencyParser(model, WordClusters.Shipped);
        var input = new ParserInput();
        var state = new ParseState();
        return examples.Select(e =>
        {
            e.Fill(input);
            var heads = new int[e.Length];
            var labels = new int[e.Length];
            parser.Parse(input, state, heads, labels);
            return string.Join(' ', heads.Zip(labels, (h, l) => $"{h}:{model.Labels[l]}"));
        }).ToList();
    }

    [Fact]
    public void Shipped_parser_round_trips_with_identical_parses()
    {
        var model = ParserModel.Shipped;
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = ParserModel.Load(stream, "memory");
        var examples = DevExamples(model);
        Assert.Equal(Parses(model, examples), Parses(loaded, examples));
        Assert.Equal(model.Labels, loaded.Labels);
    }

    [Fact]
    public void A_parser_refuses_a_word_lexicon_it_was_not_trained_with()
    {
        var e = Assert.Throws<OnRecordException>(() => new DependencyParser(ParserModel.Shipped, WordClusters.Empty));
        Assert.Equal(ErrorCode.ModelCorrupt, e.Code);
    }

    [Fact]
    public void A_truncated_model_file_is_a_coded_error()
    {
        using var stream = new MemoryStream();
        ParserModel.Shipped.Save(stream);
        var bytes = stream.ToArray()[..(int)(stream.Length / 2)];
        var e = Assert.Throws<OnRecordException>(() => ParserModel.Load(new MemoryStream(bytes), "half.bin"));
        Assert.Equal(ErrorCode.ModelCorrupt, e.Code);
    }

    [Fact]
    public void A_tagger_file_is_not_taken_for_a_parser()
    {
        using var stream = new MemoryStream();
        TaggerModel.Shipped.Save(stream);
        stream.Position = 0;
        var e = Assert.Throws<OnRecordException>(() => ParserModel.Load(stream, "tagger.bin"));
        Assert.Equal(ErrorCode.ModelCorrupt, e.Code);
    }
}
