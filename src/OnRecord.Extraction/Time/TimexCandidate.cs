namespace OnRecord.Extraction.Time;

/// <summary>A recognised time expression over tokens [<see cref="Start"/>, <see cref="End"/>) and what it means.</summary>
internal readonly record struct TimexCandidate(int Start, int End, int Sentence, TimexMeaning Meaning);
