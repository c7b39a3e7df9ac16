namespace CoeReview.RduSim.Models;

/// <summary>The model shapes shipped with the tool (Data/models.json, embedded).</summary>
public static class ModelCatalog
{
    private static readonly Lazy<IReadOnlyDictionary<string, ModelShape>> s_models = new(Load);

    public static IReadOnlyCollection<string> Names => s_models.Value.Keys.ToList();

    public static ModelShape Get(string name) =>
        TryGet(name, out var shape) ? shape : throw new SimInputException($"unknown model '{name}' (known: {string.Join(", ", Names)})");

    public static bool TryGet(string name, out ModelShape shape)
    {
        ArgumentNullException.ThrowIfNull(name);
        return s_models.Value.TryGetValue(name.Trim().ToLowerInvariant(), out shape!);
    }

    private static Dictionary<string, ModelShape> Load()
    {
        var file = SimJson.Parse<ModelsFile>(SimJson.ReadResource("data/models.json"), "models.json");
        return file.Models.ToDictionary(m => m.Name, StringComparer.OrdinalIgnoreCase);
    }

    private sealed record ModelsFile(IReadOnlyList<ModelShape> Models);
}
