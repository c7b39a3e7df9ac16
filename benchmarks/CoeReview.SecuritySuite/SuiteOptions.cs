using System.Globalization;

namespace CoeReview.SecuritySuite;

/// <summary>The command line of the benchmark; Parse throws ArgumentException with a one-line message on bad input.</summary>
internal sealed record SuiteOptions(string Juliet, int PerCategory, int Seed, IReadOnlyList<string> Tools, string Output, string? Misses, string WorkDirectory)
{
    public const string Usage = "usage: CoeReview.SecuritySuite --juliet SRC [--per-category N] [--seed S] [--tools coe,netanalyzers,scs] [--out report.md] [--misses misses.txt] [--work DIR]";

    public static SuiteOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? juliet = null;
        int perCategory = 30, seed = 1;
        IReadOnlyList<string> tools = SuiteTools.All;
        var output = "juliet-report.md";
        string? misses = null;
        var work = Path.Combine(Path.GetTempPath(), "coe-juliet");
        for (var i = 0; i < args.Count; i += 2)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value; {Usage}");
            switch (args[i])
            {
                case "--juliet": juliet = Path.GetFullPath(value); break;
                case "--per-category": perCategory = Number(args[i], value); break;
                case "--seed": seed = Number(args[i], value); break;
                case "--tools": tools = ParseTools(value); break;
                case "--out": output = Path.GetFullPath(value); break;
                case "--misses": misses = Path.GetFullPath(value); break;
                case "--work": work = Path.GetFullPath(value); break;
                default: throw new ArgumentException($"unknown option '{args[i]}'; {Usage}");
            }
        }

        if (juliet is null)
        {
            throw new ArgumentException($"--juliet is required; {Usage}");
        }

        if (!Directory.Exists(Path.Combine(juliet, "testcases")) || !Directory.Exists(JulietCatalog.SupportFolder(juliet)))
        {
            throw new ArgumentException($"--juliet {juliet} has no testcases/ and testcasesupport/TestCaseSupport/ (give the suite's src folder)");
        }

        return new SuiteOptions(juliet, perCategory, seed, tools, output, misses, work);
    }

    private static int Number(string option, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw new ArgumentException($"{option} takes a whole number >= 0, not '{value}'");

    private static string[] ParseTools(string value)
    {
        var tools = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = tools.FirstOrDefault(t => !SuiteTools.All.Contains(t, StringComparer.Ordinal));
        return unknown is not null || tools.Length == 0
            ? throw new ArgumentException($"unknown tool '{unknown}' in --tools (coe, netanalyzers, scs)")
            : tools;
    }
}
