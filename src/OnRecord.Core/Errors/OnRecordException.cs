namespace OnRecord.Core.Errors;

/// <summary>An expected failure with a stable code and a one-line message fit to show a user.</summary>
public sealed class OnRecordException : Exception
{
    public OnRecordException(ErrorCode code, string message, Exception? inner = null)
        : base(message, inner)
    {
        Code = code;
    }

    public ErrorCode Code { get; }

    /// <summary>The message as printed: <c>E105 file.jsonl:3: malformed JSON …</c>.</summary>
    public string OneLine => $"{Code.Id()} {Message.ReplaceLineEndings(" ")}";
}
