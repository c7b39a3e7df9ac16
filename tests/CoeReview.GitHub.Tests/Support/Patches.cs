using System.Text;

namespace CoeReview.GitHub.Tests.Support;

/// <summary>Builds patches in the form the PR files API returns them (hunks only, no file headers).</summary>
public static class Patches
{
    /// <summary>A hunk that adds <paramref name="added"/> lines after <paramref name="context"/> context lines, starting at new line <paramref name="start"/>.</summary>
    public static string Added(int start, int added, int context = 1, string prefix = "line")
    {
        var sb = new StringBuilder();
        sb.Append("@@ -").Append(start).Append(',').Append(context).Append(" +").Append(start).Append(',').Append(context + added).Append(" @@\n");
        for (var i = 0; i < context; i++)
        {
            sb.Append(' ').Append(prefix).Append(" context ").Append(start + i).Append('\n');
        }

        for (var i = 0; i < added; i++)
        {
            sb.Append('+').Append(prefix).Append(" added ").Append(start + context + i).Append('\n');
        }

        return sb.ToString().TrimEnd('\n');
    }
}
