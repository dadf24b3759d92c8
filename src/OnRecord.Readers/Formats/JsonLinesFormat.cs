using System.Text.Json;
using OnRecord.Core.Documents;
using OnRecord.Core.Errors;

namespace OnRecord.Readers.Formats;

/// <summary>One document per line: <c>{"id","text","date","title","source","url"}</c>; only <c>text</c> is required.</summary>
public static class JsonLinesFormat
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = false, MaxDepth = 16 };

    /// <summary>Parses one line. <paramref name="defaultId"/> names the document when the line has no id.</summary>
    public static Document ParseLine(string line, string defaultId, string location, DateOnly? defaultDate)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line, Options);
        }
        catch (JsonException e)
        {
            throw new OnRecordException(ErrorCode.MalformedJsonLine, $"{location}: malformed JSON ({FirstSentence(e.Message)})");
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new OnRecordException(ErrorCode.MalformedJsonLine, $"{location}: expected a JSON object, found {root.ValueKind}");
            }
            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                throw new OnRecordException(ErrorCode.MissingText, $"{location}: no \"text\" string");
            }
            var text = textElement.GetString()!;
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new OnRecordException(ErrorCode.EmptyDocument, $"{location}: \"text\" is empty");
            }
            var id = OptionalScalar(root, "id", location) ?? defaultId;
            var dateText = OptionalScalar(root, "date", location);
            DateOnly? date = dateText is null ? defaultDate : DateParsing.Parse(dateText, location);
            return new Document(id, text)
            {
                Date = date,
                Title = OptionalScalar(root, "title", location),
                Source = OptionalScalar(root, "source", location),
                Url = OptionalScalar(root, "url", location),
            };
        }
    }

    private static string? OptionalScalar(JsonElement root, string name, string location)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            return null;
        }
        return value.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => throw new OnRecordException(ErrorCode.MalformedJsonLine, $"{location}: \"{name}\" must be a string"),
        };
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message.TrimEnd('.');
    }
}
