using System.Diagnostics;
using System.Text;
using YamlDotNet.RepresentationModel;

namespace CoeReview.GitHub.Tests.Support;

/// <summary>
/// Runs a composite action's run steps the way the Actions runner does: inputs and expressions
/// evaluated into each step's env (never into the script), the script run by
/// <c>bash --noprofile --norc -eo pipefail</c>, GITHUB_OUTPUT per step, GITHUB_PATH carried to
/// later steps. <c>uses:</c> steps are skipped (setup-dotnet: the SDK is already here).
/// </summary>
public sealed class ActionSimulator(ActionFile action, string actionPath, string runnerTemp, string workspace)
{
    private readonly List<string> _path = [];

    public Dictionary<string, string> Inputs { get; } = [];

    /// <summary>Extra environment every step sees: GITHUB_* of the simulated job.</summary>
    public Dictionary<string, string> Environment { get; } = [];

    public Dictionary<string, Dictionary<string, string>> StepOutputs { get; } = [];

    public string GithubToken { get; set; } = "";

    /// <summary>Runs the steps whose name or id is accepted; returns the last exit code and output.</summary>
    public (int Code, string Out, string Err) Run(Func<YamlMappingNode, bool> which, TimeSpan timeout)
    {
        (int, string, string) last = (0, "", "");
        foreach (var step in action.Steps.Where(which))
        {
            if (ActionFile.Scalar(step, "run") is not { } script)
            {
                continue;
            }

            last = RunStep(step, script, timeout);
            if (last.Item1 != 0)
            {
                return last;
            }
        }

        return last;
    }

    /// <summary>The action's declared outputs, evaluated against the step outputs.</summary>
    public Dictionary<string, string> Outputs() => ActionFile.Entries(ActionFile.Map(action.Root, "outputs"))
        .ToDictionary(o => o.Key, o => Evaluate(ActionFile.Scalar(o.Value, "value") ?? ""));

    public string Evaluate(string text) => ActionFile.Expression().Replace(text, m => Resolve(m.Groups[1].Value.Trim()));

    private string Resolve(string expression)
    {
        var parts = expression.Split('.');
        return parts switch
        {
            ["inputs", var name] => Inputs.TryGetValue(name, out var v) ? v : Evaluate(ActionFile.Scalar(action.Root, "inputs", name, "default") ?? ""),
            ["github", "action_path"] => actionPath,
            ["github", "token"] => GithubToken,
            ["steps", var id, "outputs", var name] => StepOutputs.TryGetValue(id, out var o) && o.TryGetValue(name, out var v) ? v : "",
            _ => throw new InvalidOperationException($"the simulator does not know ${{{{ {expression} }}}}"),
        };
    }

    private (int, string, string) RunStep(YamlMappingNode step, string script, TimeSpan timeout)
    {
        var id = ActionFile.Scalar(step, "id") ?? Guid.NewGuid().ToString("N");
        var file = Path.Combine(runnerTemp, $"step-{id}.sh");
        File.WriteAllText(file, script);
        var output = Path.Combine(runnerTemp, $"output-{id}");
        var pathFile = Path.Combine(runnerTemp, "path");
        File.WriteAllText(output, "");
        File.AppendAllText(pathFile, "");
        var dir = ActionFile.Scalar(step, "working-directory") is { } wd ? Path.GetFullPath(Evaluate(wd), workspace) : workspace;
        var psi = new ProcessStartInfo("bash", ["--noprofile", "--norc", "-eo", "pipefail", file])
        {
            WorkingDirectory = dir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (k, v) in Environment)
        {
            psi.Environment[k] = v;
        }

        psi.Environment["RUNNER_TEMP"] = runnerTemp;
        psi.Environment["GITHUB_OUTPUT"] = output;
        psi.Environment["GITHUB_PATH"] = pathFile;
        psi.Environment["GITHUB_ACTION_PATH"] = actionPath;
        psi.Environment["GITHUB_WORKSPACE"] = workspace;
        psi.Environment["PATH"] = string.Join(':', _path.AsEnumerable().Reverse().Append(psi.Environment["PATH"] ?? ""));
        foreach (var (k, v) in ActionFile.Entries(ActionFile.Map(step, "env")))
        {
            psi.Environment[k] = Evaluate(((YamlScalarNode)v).Value ?? "");
        }

        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeout))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"step {id} ran longer than {timeout}");
        }

        p.WaitForExit();
        _path.Clear();
        _path.AddRange(File.ReadAllLines(pathFile).Where(l => l.Length > 0));
        StepOutputs[id] = ParseOutputs(File.ReadAllText(output));
        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>GITHUB_OUTPUT's two forms: name=value and name&lt;&lt;DELIMITER … DELIMITER.</summary>
    public static Dictionary<string, string> ParseOutputs(string text)
    {
        var result = new Dictionary<string, string>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var heredoc = line.IndexOf("<<", StringComparison.Ordinal);
            var eq = line.IndexOf('=', StringComparison.Ordinal);
            if (heredoc > 0 && (eq < 0 || heredoc < eq))
            {
                var name = line[..heredoc];
                var delimiter = line[(heredoc + 2)..];
                var value = new StringBuilder();
                for (i++; i < lines.Length && lines[i] != delimiter; i++)
                {
                    value.Append(value.Length > 0 ? "\n" : "").Append(lines[i]);
                }

                result[name] = value.ToString();
            }
            else if (eq > 0)
            {
                result[line[..eq]] = line[(eq + 1)..];
            }
        }

        return result;
    }
}
