using OnRecord.Nlp.Learning;
using OnRecord.Nlp.Models;

namespace OnRecord.Nlp.Parsing;

/// <summary>The parser's data: relation labels, transition weights and labeller weights, with symmetric Save/Load.</summary>
public sealed class ParserModel
{
    public const string Kind = "parser";
    public const int FormatVersion = 2;
    public const string FileName = "parser.bin";
    public const string RootLabel = "root";

    private static readonly Lazy<ParserModel> ShippedModel = new(() => Load(ModelDirectory.File(FileName)));

    public ParserModel(string[] labels, FeatureWeights transitions, FeatureWeights labeller, ulong clustersIdentity)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(transitions);
        ArgumentNullException.ThrowIfNull(labeller);
        if (transitions.ClassCount != ArcHybrid.MoveCount || labeller.ClassCount != labels.Length)
        {
            throw new ArgumentException("weights do not match the moves or labels");
        }
        RootLabelId = Array.IndexOf(labels, RootLabel);
        if (RootLabelId < 0)
        {
            throw new ArgumentException("the label set has no 'root'", nameof(labels));
        }
        Labels = labels;
        Transitions = transitions;
        Labeller = labeller;
        ClustersIdentity = clustersIdentity;
    }

    /// <summary>The <see cref="Lexicon.WordClusters.Identity"/> of the word lexicon the model was trained with.</summary>
    public ulong ClustersIdentity { get; }

    /// <summary>UD relations, with subtypes ("nsubj:pass"); interned.</summary>
    public string[] Labels { get; }

    public int RootLabelId { get; }

    public FeatureWeights Transitions { get; }

    public FeatureWeights Labeller { get; }

    public static ParserModel Shipped => ShippedModel.Value;

    public void Save(Stream stream) => ModelFile.Save(stream, Kind, FormatVersion, w =>
    {
        w.Write(ClustersIdentity);
        BinaryData.WriteStrings(w, Labels);
        Transitions.Write(w);
        Labeller.Write(w);
    });

    public void Save(string path)
    {
        using var stream = File.Create(path);
        Save(stream);
    }

    public static ParserModel Load(Stream stream, string location) => ModelFile.Load(stream, Kind, FormatVersion, location, r =>
    {
        var clustersIdentity = r.ReadUInt64();
        var labels = BinaryData.ReadStrings(r).Select(string.Intern).ToArray();
        var transitions = FeatureWeights.Read(r);
        var labeller = FeatureWeights.Read(r);
        if (transitions.ClassCount != ArcHybrid.MoveCount || labeller.ClassCount != labels.Length || !labels.Contains(RootLabel))
        {
            throw new InvalidDataException("parser weights do not match its moves or labels");
        }
        return new ParserModel(labels, transitions, labeller, clustersIdentity);
    });

    public static ParserModel Load(string path)
    {
        using var stream = ModelFile.OpenRead(path);
        return Load(stream, path);
    }
}
