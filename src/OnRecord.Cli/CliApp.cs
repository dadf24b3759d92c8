using OnRecord.Cli.Commands;
using OnRecord.Core.Errors;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OnRecord.Cli;

/// <summary>Builds the command tree. Exit codes: 0 success, 1 some input failed, 2 usage error.</summary>
public static class CliApp
{
    public const int Success = 0;
    public const int PartialFailure = 1;
    public const int UsageError = 2;

    /// <summary>
    /// Stands in for a lone <c>-</c> (standard input) while Spectre parses the command line, which would
    /// otherwise take it for an option without a name.
    /// </summary>
    public const string StandardInputArgument = "\u0001stdin";

    public static int Run(string[] args)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("onrecord");
            config.PropagateExceptions();
            config.Settings.StrictParsing = true;
            config.AddCommand<AnalyzeCommand>("analyze")
                .WithDescription("Analyze news documents and print a report or JSON lines.")
                .WithExample("analyze", "samples/", "--format", "jsonl");
            config.AddCommand<IngestCommand>("ingest")
                .WithDescription("Analyze documents, feeds or URLs and store them in the record (--db, default ./onrecord-data).")
                .WithExample("ingest", "samples/");
            config.AddCommand<SearchCommand>("search")
                .WithDescription("Search statements (or --documents) by text, speaker, entity, date and kind.")
                .WithExample("search", "tariffs", "--speaker", "Lindqvist");
            config.AddCommand<SpeakerCommand>("speaker")
                .WithDescription("A speaker's aliases, roles, timeline of statements and the entities they talk about.")
                .WithExample("speaker", "Lindqvist");
            config.AddCommand<ExportCommand>("export")
                .WithDescription("Stream matching statements (or --documents) to JSONL, CSV or Parquet.")
                .WithExample("export", "--format", "parquet", "--out", "quotes.parquet");
            config.AddBranch("train", train =>
            {
                train.SetDescription("Train the shipped models from ../shared corpora.");
                train.AddCommand<TrainSentencesCommand>("sentences").WithDescription("Sentence boundary classifier from CoNLL-U raw text.");
                train.AddCommand<TrainNerCommand>("ner").WithDescription("Named-entity recogniser with its gazetteer and word clusters (models/ner.bin).");
                train.AddCommand<TrainQuotesCommand>("quotes").WithDescription("Quotation attribution model from PolNeAR-style JSON lines.");
                train.AddCommand<TrainClustersCommand>("clusters").WithDescription("Word clusters and dictionary spellings for the tagger and parser (models/clusters.bin).");
                train.AddCommand<TrainTaggerCommand>("tagger").WithDescription("UPOS + XPOS tagger (models/tagger.bin).");
                train.AddCommand<TrainLemmatizerCommand>("lemmatizer").WithDescription("Lemmatizer: exception lexicon + suffix rules (models/lemmatizer.bin).");
                train.AddCommand<TrainParserCommand>("parser").WithDescription("Dependency parser with UD relations (models/parser.bin).");
            });
            config.AddBranch("eval", eval =>
            {
                eval.SetDescription("Measure accuracy against gold files.");
                eval.AddCommand<EvalUdCommand>("ud").WithDescription("Tokens, sentences, tags and parses against CoNLL-U (CoNLL 2018 metrics).");
                eval.AddCommand<EvalNerCommand>("ner").WithDescription("Named entities against an IOB file (exact-span P/R/F1, per label and as PER/ORG/LOC).");
                eval.AddCommand<EvalTimexCommand>("timex").WithDescription("Time expressions against TIMEX3 gold JSONL (TempEval-3 metrics).");
                eval.AddCommand<EvalQuotesCommand>("quotes").WithDescription("Quotations (content, speaker, kind) against PolNeAR-style JSON lines.");
            });
        });
        try
        {
            return app.Run(args.Select(a => a == "-" ? StandardInputArgument : a));
        }
        catch (CommandParseException e)
        {
            return Usage(e.Message);
        }
        catch (CommandRuntimeException e)
        {
            return Usage(e.Message);
        }
        catch (OnRecordException e) when (e.Code == ErrorCode.Usage)
        {
            return Usage(e.Message);
        }
        catch (OnRecordException e)
        {
            ConsoleOutput.Error(e.OneLine);
            return PartialFailure;
        }
        catch (OperationCanceledException)
        {
            ConsoleOutput.Error("interrupted; what was finished is kept");
            return PartialFailure;
        }
    }

    private static int Usage(string message)
    {
        ConsoleOutput.Error($"{ErrorCode.Usage.Id()} usage: {message.ReplaceLineEndings(" ")} (see 'onrecord --help')");
        return UsageError;
    }
}
