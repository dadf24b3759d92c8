using OnRecord.Core.Annotations;
using OnRecord.Core.Documents;
using OnRecord.Core.Pipeline;

namespace OnRecord.Extraction.Time.Evaluation;

/// <summary>One disagreement, for reading what fails.</summary>
public sealed record TimexError(string CaseId, string Kind, string Text, string? Expected, string? Actual);

/// <summary>
/// Runs a pipeline on each gold case (its text, dated with its reference date) and scores the time expressions it
/// finds with the TempEval-3 definitions. Gold and system expressions are paired one to one, each gold with the
/// unpaired system expression overlapping it most. System expressions overlapping a left-out gold one are ignored.
/// </summary>
public static class TimexEvaluator
{
    public static TimexScores Evaluate(IEnumerable<TimexGoldCase> cases, Pipeline pipeline, List<TimexError>? errors = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(pipeline);
        var scores = new TimexScores();
        foreach (var c in cases)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var document = new Document(c.Id, c.Text) { Date = c.Date };
            pipeline.Process(document, cancellationToken);
            Score(c, document, scores, errors);
        }
        return scores;
    }

    public static void Score(TimexGoldCase c, Document document, TimexScores scores, List<TimexError>? errors = null)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(scores);
        scores.Cases++;
        foreach (var e in c.Excluded)
        {
            scores.Excluded[e.Reason] = scores.Excluded.GetValueOrDefault(e.Reason) + 1;
        }
        var system = new List<TimeExpression>();
        foreach (var t in document.Timexes)
        {
            if (!c.Excluded.Any(e => e.Range.Overlaps(t.Range) || (e.Range.IsEmpty && t.Range.Contains(e.Range.Start))))
            {
                system.Add(t);
            }
        }
        scores.Gold += c.Timexes.Count;
        scores.System += system.Count;
        var used = new bool[system.Count];
        foreach (var g in c.Timexes)
        {
            var best = -1;
            var bestOverlap = 0;
            for (var i = 0; i < system.Count; i++)
            {
                var overlap = system[i].Range.OverlapLength(g.Range);
                if (!used[i] && overlap > bestOverlap)
                {
                    best = i;
                    bestOverlap = overlap;
                }
            }
            var goldText = c.Text[g.Range.Start..g.Range.End];
            if (best < 0)
            {
                errors?.Add(new TimexError(c.Id, "missed", goldText, $"{g.Type} {string.Join('|', g.Values)}", null));
                continue;
            }
            used[best] = true;
            var s = system[best];
            scores.RelaxedMatches++;
            if (s.Range == g.Range)
            {
                scores.StrictMatches++;
            }
            else
            {
                errors?.Add(new TimexError(c.Id, "extent", goldText, $"{g.Type} {string.Join('|', g.Values)}", $"{s.Type} {s.Value} \"{document.TextOf(s.Range)}\""));
            }
            if (s.Type == g.Type)
            {
                scores.TypeCorrect++;
            }
            if (TimexValueMatch.Matches(s.Value, g.Values))
            {
                scores.ValueCorrect++;
            }
            else
            {
                errors?.Add(new TimexError(c.Id, "value", goldText, $"{g.Type} {string.Join('|', g.Values)}", $"{s.Type} {s.Value} \"{document.TextOf(s.Range)}\""));
            }
        }
        var matchedPhrases = new List<TextRange>();
        foreach (var g in c.Timexes)
        {
            if (g.WholePhrase && system.Exists(s => s.Range.Overlaps(g.Range)))
            {
                matchedPhrases.Add(g.Range);
            }
        }
        for (var i = 0; i < system.Count; i++)
        {
            if (!used[i] && matchedPhrases.Exists(r => r.Contains(system[i].Range)))
            {
                scores.System--;
                scores.InsidePhrase++;
                continue;
            }
            if (!used[i])
            {
                errors?.Add(new TimexError(c.Id, "spurious", document.TextOf(system[i].Range), null, $"{system[i].Type} {system[i].Value}"));
            }
        }
    }
}
