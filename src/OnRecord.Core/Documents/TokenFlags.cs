namespace OnRecord.Core.Documents;

[Flags]
public enum TokenFlags : byte
{
    None = 0,

    /// <summary>The token is followed by whitespace in the text.</summary>
    SpaceAfter = 1,

    /// <summary>The token begins a paragraph (a blank line or the start of the body precedes it).</summary>
    ParagraphStart = 2,

    /// <summary>
    /// The token and the next one are one surface token split into syntactic words
    /// ("do" + "n't" of "don't"), a UD multiword token.
    /// </summary>
    JoinedToNext = 4,

    /// <summary>A newline separates the token from the next one.</summary>
    NewlineAfter = 8,
}
