namespace CoeReview.Routing.Embedding;

/// <summary>Where the embedding cache file lives: $XDG_CACHE_HOME/coe-review, else the user's local application data.</summary>
public static class CacheLocation
{
    public const string FileName = "router-embeddings.bin";

    public static string? DefaultFile(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var xdg = environment("XDG_CACHE_HOME");
        var root = !string.IsNullOrWhiteSpace(xdg) ? xdg : Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        return string.IsNullOrWhiteSpace(root) ? null : Path.Combine(root, "coe-review", FileName);
    }
}
