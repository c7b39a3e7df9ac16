namespace CoeReview.Evaluation;

/// <summary>
/// Hunk templates of everyday C# changes, each labelled with the experts that should see it:
/// security for code on a trust boundary (queries, processes, files, HTTP, deserialization, XML,
/// crypto, secrets, cookies, redirects, auth, controllers, appsettings), performance for costs in
/// loops and hot paths, tests for test code, syntax for compiler-level errors and, as the
/// generalist, for plain code none of the others cares about.
/// </summary>
internal static partial class Templates
{
    /// <summary>Every template with its weight in a generated set (how common such changes are).</summary>
    public static IReadOnlyList<(string Name, int Weight, Func<Names, HunkCase> Make)> All { get; } =
        Security().Select(t => (t.Name, 3, t.Make))
            .Concat(Performance().Select(t => (t.Name, 3, t.Make)))
            .Concat(Tests().Select(t => (t.Name, 4, t.Make)))
            .Concat(Syntax().Select(t => (t.Name, 3, t.Make)))
            .Concat(Mixed().Select(t => (t.Name, 2, t.Make)))
            .ToList();
}
