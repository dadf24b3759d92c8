namespace OnRecord.Store.Ingest;

public enum IngestOutcome
{
    /// <summary>A story the record did not have.</summary>
    New,

    /// <summary>A story the record had under the same id (or URL), with different content: replaced.</summary>
    Updated,

    /// <summary>Byte for byte what the record already has under this id: nothing changed.</summary>
    Unchanged,

    /// <summary>The same text as a stored story under another id: kept as an exact copy of it.</summary>
    ExactDuplicate,

    /// <summary>A syndicated copy (re-headlined, trimmed, other boilerplate) of a stored story: kept as a near copy of it.</summary>
    NearDuplicate,
}

/// <summary>Counts of outcomes over an ingest.</summary>
public sealed class IngestSummary
{
    private readonly int[] _counts = new int[Enum.GetValues<IngestOutcome>().Length];

    public int Failed { get; private set; }

    public int this[IngestOutcome outcome] => _counts[(int)outcome];

    public int Duplicates => this[IngestOutcome.ExactDuplicate] + this[IngestOutcome.NearDuplicate];

    public int Total => _counts.Sum() + Failed;

    public void Add(IngestOutcome outcome) => _counts[(int)outcome]++;

    public void AddFailure() => Failed++;
}
