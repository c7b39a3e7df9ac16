using System.Globalization;
using CoeReview.Core.Findings;

namespace CoeReview.GitHub.Actions;

/// <summary>
/// GitHub Actions workflow commands for annotations (<c>::error file=…,line=…::message</c>), escaped
/// so that a finding's message cannot end the command early or forge another one.
/// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
/// (GitHub shows at most 10 error and 10 warning annotations per step, 50 per job: actions/toolkit#734.)
/// </summary>
internal static class WorkflowCommands
{
    public static string Annotation(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var level = finding.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "notice" };
        var inv = CultureInfo.InvariantCulture;
        var props = new List<string>
        {
            "file=" + EscapeProperty(finding.Path),
            string.Create(inv, $"line={finding.Line}"),
        };
        if (finding.EndLine > finding.Line)
        {
            props.Add(string.Create(inv, $"endLine={finding.EndLine}"));
        }

        if (finding.Column > 0)
        {
            props.Add(string.Create(inv, $"col={finding.Column}"));
        }

        props.Add("title=" + EscapeProperty($"{finding.RuleId} ({finding.Expert})"));
        return $"::{level} {string.Join(',', props)}::{EscapeData(finding.Message)}";
    }

    /// <summary>Escapes a command's message: %, CR and LF (so no new line can start a command).</summary>
    public static string EscapeData(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);
    }

    /// <summary>Escapes a property value: as data, plus ':' and ',' which separate properties.</summary>
    public static string EscapeProperty(string value) =>
        EscapeData(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
