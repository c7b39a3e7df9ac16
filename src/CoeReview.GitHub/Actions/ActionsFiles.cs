using System.Security.Cryptography;
using System.Text;

namespace CoeReview.GitHub.Actions;

/// <summary>Appends to the files Actions reads after a step: GITHUB_OUTPUT and GITHUB_STEP_SUMMARY.</summary>
internal static class ActionsFiles
{
    /// <summary>Actions refuses a step summary over 1024 KiB.</summary>
    public const int StepSummaryLimit = 1024 * 1024;

    /// <summary>Appends name=value, or the heredoc form when the value has a newline.</summary>
    public static void AppendOutput(string path, string name, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        string entry;
        if (value.Contains('\n', StringComparison.Ordinal) || value.Contains('\r', StringComparison.Ordinal))
        {
            var delimiter = "COE_REVIEW_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(8));
            entry = $"{name}<<{delimiter}\n{value}\n{delimiter}\n";
        }
        else
        {
            entry = $"{name}={value}\n";
        }

        File.AppendAllText(path, entry, new UTF8Encoding(false));
    }

    /// <summary>Appends Markdown to the step summary, cut to stay within its size limit.</summary>
    public static void AppendSummary(string path, string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var used = File.Exists(path) ? new FileInfo(path).Length : 0;
        var room = StepSummaryLimit - used - 256;
        if (room <= 0)
        {
            return;
        }

        var bytes = Encoding.UTF8.GetByteCount(markdown);
        if (bytes > room)
        {
            var cut = markdown[..(int)Math.Min(markdown.Length, room / 4)];
            markdown = cut + "\n\n… (cut to fit the step summary limit)\n";
        }

        File.AppendAllText(path, markdown + "\n", new UTF8Encoding(false));
    }
}
