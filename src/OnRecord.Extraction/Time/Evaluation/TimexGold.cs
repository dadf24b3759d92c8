using OnRecord.Core.Annotations;
using OnRecord.Core.Documents;

namespace OnRecord.Extraction.Time.Evaluation;

/// <summary>
/// One gold time expression in TIMEX3 terms. <see cref="Values"/> lists every value that counts as right:
/// one for TIMEX3 gold, several where a source suite resolves an underspecified expression both ways
/// (Recognizers-Text's past and future readings of "on Tuesday").
/// </summary>
/// <remarks>
/// <see cref="WholePhrase"/> marks gold that spans a whole input phrase because its source does not segment
/// (Duckling): further system expressions inside it are parts of the same phrase, not extra expressions.
/// </remarks>
public sealed record TimexGold(TextRange Range, TimexType Type, IReadOnlyList<string> Values, bool WholePhrase = false);

/// <summary>
/// A gold expression whose source convention has no TIMEX3 equivalent (a range such as "from 2 to 4 pm", a value
/// relative to the reference clock time): it is left out of the scores, and system expressions overlapping it are ignored.
/// </summary>
public sealed record ExcludedTimex(TextRange Range, string Reason);

/// <summary>One case of a gold file: a text, its reference date, its expressions and those left out.</summary>
public sealed record TimexGoldCase(string Id, DateOnly? Date, string Text, IReadOnlyList<TimexGold> Timexes, IReadOnlyList<ExcludedTimex> Excluded);
