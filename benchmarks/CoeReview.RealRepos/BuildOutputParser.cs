using System.Globalization;
using System.Text.RegularExpressions;

namespace CoeReview.RealRepos;

/// <summary>Reads diagnostics out of <c>dotnet restore</c> and <c>dotnet build</c> console output.</summary>
internal static partial class BuildOutputParser
{
    /// <summary>
    /// Every distinct diagnostic; a multi-targeting project reports the same one once per target
    /// framework, which counts once here.
    /// </summary>
    public static IReadOnlyList<BuildDiagnostic> Parse(string output, string repoRoot)
    {
        var seen = new HashSet<(string, int, string, string)>();
        var result = new List<BuildDiagnostic>();
        foreach (var raw in output.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            var match = FileDiagnostic().Match(line);
            string path;
            var number = 0;
            if (match.Success)
            {
                path = match.Groups["path"].Value.Trim();
                number = int.Parse(match.Groups["line"].Value, CultureInfo.InvariantCulture);
            }
            else
            {
                match = ProjectDiagnostic().Match(line);
                if (!match.Success)
                {
                    continue;
                }

                path = match.Groups["path"].Value.Trim();
            }

            // "x.csproj : error NU1101 ... [x.sln]": the line's own path is the project; the bracket only names
            // what was being restored or built.
            var project = path.EndsWith("proj", StringComparison.Ordinal) ? path
                : match.Groups["project"].Success ? StripTarget(match.Groups["project"].Value) : null;
            var diagnostic = new BuildDiagnostic(
                Relative(path, repoRoot), number, match.Groups["severity"].Value, match.Groups["id"].Value,
                match.Groups["message"].Value.Trim(), project);
            if (seen.Add((diagnostic.Path, diagnostic.Line, diagnostic.Id, diagnostic.Message)))
            {
                result.Add(diagnostic);
            }
        }

        return result;
    }

    private static string StripTarget(string project)
    {
        var colons = project.IndexOf("::", StringComparison.Ordinal);
        return colons < 0 ? project : project[..colons];
    }

    private static string Relative(string path, string repoRoot)
    {
        if (!Path.IsPathRooted(path))
        {
            return path.Replace('\\', '/');
        }

        var relative = Path.GetRelativePath(repoRoot, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative.Replace('\\', '/');
    }

    // path(line,col) or path(line,col,endLine,endCol), then ": error|warning ID: message [project]".
    [GeneratedRegex(@"^\s*(?<path>[^(\[]+?)\((?<line>\d+),\d+(?:,\d+,\d+)?\)\s*:\s*(?<severity>error|warning)\s+(?<id>[A-Za-z]+\d+)\s*:\s*(?<message>.*?)(?:\s+\[(?<project>[^\]]+)\])?\s*$")]
    private static partial Regex FileDiagnostic();

    // "path : error NU1101: message [project]", or "error MSB1009: ..." with no path: restore and SDK errors.
    [GeneratedRegex(@"^\s*(?<path>[^\[]*?)\s*:?\s*(?<severity>error|warning)\s+(?<id>[A-Za-z]+\d+)\s*:\s*(?<message>.*?)(?:\s+\[(?<project>[^\]]+)\])?\s*$")]
    private static partial Regex ProjectDiagnostic();
}
