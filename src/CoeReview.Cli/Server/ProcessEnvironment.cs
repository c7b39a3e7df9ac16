using System.Collections;

namespace CoeReview.Cli.Server;

/// <summary>Replaces the process's environment variables by others and hands back what was there.</summary>
internal static class ProcessEnvironment
{
    public static Dictionary<string, string> Current()
    {
        var all = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry e in Environment.GetEnvironmentVariables())
        {
            all[(string)e.Key] = (string?)e.Value ?? "";
        }

        return all;
    }

    /// <summary>Makes <paramref name="next"/> the whole environment; returns the one it replaced.</summary>
    public static Dictionary<string, string> Swap(IReadOnlyDictionary<string, string> next)
    {
        var previous = Current();
        foreach (var name in previous.Keys.Where(k => !next.ContainsKey(k)))
        {
            Environment.SetEnvironmentVariable(name, null);
        }

        foreach (var (name, value) in next)
        {
            if (!previous.TryGetValue(name, out var old) || old != value)
            {
                Environment.SetEnvironmentVariable(name, value.Length == 0 ? null : value);
            }
        }

        return previous;
    }
}
