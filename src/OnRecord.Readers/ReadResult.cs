using OnRecord.Core.Documents;
using OnRecord.Core.Errors;

namespace OnRecord.Readers;

/// <summary>One item from an input: a document, or the error that kept one from being read. <see cref="Location"/> names the file (and line).</summary>
public readonly record struct ReadResult(string Location, Document? Document, OnRecordException? Error)
{
    public static ReadResult Success(string location, Document document) => new(location, document, null);

    public static ReadResult Failure(string location, OnRecordException error) => new(location, null, error);

    public bool IsSuccess => Document is not null;
}
