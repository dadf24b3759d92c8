namespace OnRecord.Core.Documents;

/// <summary>A view of one token of a <see cref="Document"/>; copying it copies two references' worth of data.</summary>
public readonly struct Token
{
    private readonly Document _document;

    internal Token(Document document, int index)
    {
        _document = document;
        Index = index;
    }

    public int Index { get; }

    public Document Document => _document;

    private ref readonly TokenData Data => ref _document.TokenSpan[Index];

    public int Start => Data.Start;

    public int End => Data.End;

    public TextRange Range => new(Data.Start, Data.End);

    public ReadOnlySpan<char> Text => _document.Text.AsSpan(Data.Start, Data.End - Data.Start);

    public UniversalPos Pos => Data.Pos;

    public string? Xpos => Data.Xpos;

    public string? Lemma => Data.Lemma;

    public int Head => Data.Head;

    public string? Dep => Data.Dep;

    public TokenFlags Flags => Data.Flags;

    public bool HasSpaceAfter => (Data.Flags & TokenFlags.SpaceAfter) != 0;

    public override string ToString() => Text.ToString();
}
