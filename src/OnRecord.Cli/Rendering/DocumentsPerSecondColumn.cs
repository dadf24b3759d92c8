using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace OnRecord.Cli.Rendering;

/// <summary>A progress column showing documents per second.</summary>
internal sealed class DocumentsPerSecondColumn : ProgressColumn
{
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
    {
        var speed = task.Speed ?? 0;
        return new Text(string.Create(CultureInfo.InvariantCulture, $"{speed,7:F1} docs/s"), Style.Plain);
    }
}
