namespace CoeReview.RduSim.Hardware;

/// <summary>The hardware profiles shipped with the tool (Data/hardware/*.json, embedded) and profiles read from files.</summary>
public static class HardwareCatalog
{
    private const string Prefix = "data/hardware/";
    private static readonly Lazy<IReadOnlyDictionary<string, HardwareProfile>> s_profiles = new(Load);

    public static IReadOnlyList<string> Names => s_profiles.Value.Keys.Order(StringComparer.Ordinal).ToList();

    public static HardwareProfile Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return s_profiles.Value.TryGetValue(name.Trim(), out var p)
            ? p
            : throw new SimInputException($"unknown hardware '{name}' (known: {string.Join(", ", Names)}; or give a profile file)");
    }

    /// <summary>A shipped profile by name, else a JSON/YAML profile file at that path.</summary>
    public static HardwareProfile Resolve(string nameOrFile)
    {
        ArgumentNullException.ThrowIfNull(nameOrFile);
        if (s_profiles.Value.ContainsKey(nameOrFile.Trim()) || !File.Exists(nameOrFile))
        {
            return Get(nameOrFile);
        }

        return Parse(File.ReadAllText(nameOrFile), nameOrFile);
    }

    public static HardwareProfile Parse(string text, string what)
    {
        HardwareProfile profile;
        try
        {
            profile = SimJson.Parse<HardwareProfile>(text, what);
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new SimInputException($"{what}: {e.Message}", e);
        }

        HardwareValidator.Validate(profile, what);
        return profile;
    }

    /// <summary>The profile as JSON that <see cref="Parse"/> accepts back.</summary>
    public static string ToJson(HardwareProfile profile) => System.Text.Json.JsonSerializer.Serialize(profile, SimJson.Options);

    private static Dictionary<string, HardwareProfile> Load() =>
        SimJson.ResourceNames(Prefix)
            .Select(n => Parse(SimJson.ReadResource(n), n))
            .ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
}
