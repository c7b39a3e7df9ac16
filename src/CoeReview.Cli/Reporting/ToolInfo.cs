namespace CoeReview.Cli.Reporting;

/// <summary>The tool's name and version as reports state them.</summary>
internal static class ToolInfo
{
    public const string Name = "coe-review";

    public const string InformationUri = "https://github.com/coe-review/coe-review";

    public static string Version { get; } = typeof(ToolInfo).Assembly.GetName().Version is { } v ? $"{v.Major}.{v.Minor}.{v.Build}" : "0.1.0";
}
