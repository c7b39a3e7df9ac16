namespace CoeReview.Benchmarks.RealHunks;

/// <summary>
/// The options of the <c>router-real</c> benchmark: clones by name, the commits to take from each
/// (git log ranges: revisions and options such as -G&lt;regex&gt;, each range giving at most MaxHunksPerRange hunks), the labels file,
/// and the repositories whose hunks the router was calibrated on (the rest are held out).
/// </summary>
internal sealed record RealHunkArgs
{
    public Dictionary<string, string> Repos { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<string>> Ranges { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Calibration { get; } = new(StringComparer.Ordinal);

    /// <summary>Expert files of a user's own, added to the catalog for a second pass: they must take no hunk from another expert.</summary>
    public List<string> Custom { get; } = [];

    public string? Labels { get; init; }

    public string? Output { get; init; }

    /// <summary>Where the analysis hits of each commit are cached (they depend on the code, not on the router).</summary>
    public string Work { get; init; } = Path.Combine(Path.GetTempPath(), "coe-router-real");

    /// <summary>A folder of expert files that replace the built-in ones by id (e.g. the working copy's experts/).</summary>
    public string? Experts { get; init; }

    public int MaxHunksPerRange { get; init; } = 40;

    /// <summary>Score a grid of thresholds on the calibration repositories instead of the table.</summary>
    public bool Sweep { get; init; }

    public int MaxHunksPerCommit { get; init; } = 12;

    public static RealHunkArgs Parse(IReadOnlyList<string> args)
    {
        string? labels = null, output = null, experts = null, work = null;
        var sweep = args.Contains("--sweep");
        args = args.Where(a => a != "--sweep").ToList();
        int maxRepo = 40, maxCommit = 12;
        var pairs = new List<(string Key, string Value)>();
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--labels": labels = value; break;
                case "--out": output = value; break;
                case "--experts": experts = value; break;
                case "--work": work = value; break;
                case "--max-hunks": maxRepo = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
                case "--max-per-commit": maxCommit = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
                case "--repo" or "--range" or "--calibration" or "--custom": pairs.Add((args[i], value)); break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }

            i++;
        }

        var parsed = new RealHunkArgs { Labels = labels, Output = output, Experts = experts, Work = work ?? Path.Combine(Path.GetTempPath(), "coe-router-real"), MaxHunksPerRange = maxRepo, MaxHunksPerCommit = maxCommit, Sweep = sweep };
        foreach (var (key, value) in pairs)
        {
            if (key == "--custom")
            {
                parsed.Custom.Add(Path.GetFullPath(value));
                continue;
            }

            if (key == "--calibration")
            {
                parsed.Calibration.UnionWith(value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                continue;
            }

            var eq = value.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw new ArgumentException($"{key} takes NAME=VALUE, got '{value}'");
            }

            var (name, rest) = (value[..eq], value[(eq + 1)..]);
            switch (key)
            {
                case "--repo": parsed.Repos[name] = Path.GetFullPath(rest); break;
                case "--range":
                    if (!parsed.Ranges.TryGetValue(name, out var list))
                    {
                        parsed.Ranges[name] = list = [];
                    }

                    list.Add(rest);
                    break;
            }
        }

        return parsed;
    }
}
