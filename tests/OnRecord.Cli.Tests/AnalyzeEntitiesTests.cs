using System.Text.Json;
using OnRecord.Tests.Common;

namespace OnRecord.Cli.Tests;

public class AnalyzeEntitiesTests
{
    [Fact]
    public void Jsonl_entities_carry_label_canonical_and_role()
    {
        const string text = "Kremlin spokesman Dmitry Peskov said on Monday that Russia would reply.\n\nMr Peskov did not say when.";
        var result = CliRunner.RunWithInput(text, "analyze", "-", "--format", "jsonl").AssertExit(0);
        using var json = JsonDocument.Parse(result.Stdout);
        var entities = json.RootElement.GetProperty("entities").EnumerateArray().ToList();
        var peskov = entities.Where(e => e.GetProperty("label").GetString() == "PERSON").ToList();
        Assert.Equal(2, peskov.Count);
        Assert.All(peskov, e => Assert.Equal("Dmitry Peskov", e.GetProperty("canonical").GetString()));
        Assert.Equal("Kremlin spokesman", peskov[0].GetProperty("role").GetString());
        Assert.False(peskov[1].TryGetProperty("role", out _));
        Assert.Equal("Peskov", peskov[1].GetProperty("text").GetString());
        Assert.Contains(entities, e => e.GetProperty("label").GetString() == "GPE" && e.GetProperty("text").GetString() == "Russia");
    }

    [MiniLmFact]
    public void Accurate_mode_recognises_with_the_minilm_encoder()
    {
        const string text = "Foreign minister Ana Lopes met officials of the World Bank in Nairobi.\n\nLopes said Portugal would help.";
        var result = CliRunner.RunWithInput(text, "analyze", "-", "--accurate", "--format", "jsonl").AssertExit(0);
        using var json = JsonDocument.Parse(result.Stdout);
        var entities = json.RootElement.GetProperty("entities").EnumerateArray()
            .Select(e => (e.GetProperty("text").GetString(), e.GetProperty("label").GetString(), e.GetProperty("canonical").GetString())).ToList();
        Assert.Contains(("Ana Lopes", "PERSON", "Ana Lopes"), entities);
        Assert.Contains(("Lopes", "PERSON", "Ana Lopes"), entities);
        Assert.Contains(("Nairobi", "GPE", "Nairobi"), entities);
    }
}
