namespace OnRecord.Core.Errors;

/// <summary>
/// Stable error codes users can search for and tests can assert. Numbers never change meaning;
/// retired codes are not reused. E1xx input, E2xx pipeline and models, E3xx store, E4xx usage.
/// </summary>
public enum ErrorCode
{
    // Input
    PathNotFound = 100,
    EmptyDocument = 101,
    BinaryContent = 102,
    InvalidUtf8 = 103,
    DocumentTooLarge = 104,
    MalformedJsonLine = 105,
    UnknownDateFormat = 106,
    MissingText = 107,
    UnreadableFile = 108,
    MalformedHtml = 109,
    MalformedFeed = 110,
    MalformedGoldFile = 111,
    FetchFailed = 112,

    // Pipeline and models
    PipelineOrder = 200,
    InvalidAnnotation = 201,
    ModelMissing = 202,
    ModelCorrupt = 203,
    StageFailed = 204,

    // Store
    StoreCorrupt = 300,
    StoreLocked = 301,
    StoreVersion = 302,

    StoreWrite = 303,

    // Usage
    Usage = 400,
    InvalidQuery = 401,
    UnknownName = 402,
    AmbiguousName = 403,
}

public static class ErrorCodes
{
    /// <summary>The printed form of a code, e.g. <c>E105</c>.</summary>
    public static string Id(this ErrorCode code) => "E" + ((int)code).ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
}
