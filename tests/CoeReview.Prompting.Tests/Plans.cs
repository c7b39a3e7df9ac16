using System.Text;
using CoeReview.Core.Diff;
using CoeReview.Core.Experts;
using CoeReview.Core.Pipeline;
using CoeReview.Testing;

namespace CoeReview.Prompting.Tests;

/// <summary>The built-in experts and the small C# changes the planner tests plan.</summary>
internal static class Plans
{
    private static readonly Lazy<ExpertCatalog> s_catalog = new(() => ExpertSources.Load(null).Catalog);

    public static ExpertDefinition Expert(string id) => s_catalog.Value.Find(id)!;

    /// <summary>Every hunk of every file routed to the expert.</summary>
    public static ExpertWork Work(DiffSet diff, string expert = "security") =>
        new(Expert(expert), diff.Files.SelectMany(f => f.Hunks.Select((_, i) => new ExpertTask(Expert(expert), f, i))).ToList(), diff);

    /// <summary>A class of <paramref name="count"/> × 10 fields with one added line in every ten: one hunk each.</summary>
    public static DiffSet ManyHunks(int count)
    {
        var lines = Enumerable.Range(1, count * 10).Select(i => $"    int Field{i} = {i};").ToList();
        var text = "class Many\n{\n" + string.Join('\n', lines) + "\n}\n";
        var added = Enumerable.Range(0, count).Select(i => 3 + (i * 10) + 5).ToArray();
        return TestDiffs.Set(TestDiffs.Modified("src/Many.cs", text, added), new Dictionary<string, string> { ["src/Many.cs"] = text });
    }

    public static string BigClass(int methods, int linesPerMethod)
    {
        var sb = new StringBuilder("namespace Big;\n\npublic sealed class Big\n{\n");
        for (var m = 0; m < methods; m++)
        {
            sb.Append($"    public int Method{m}(int x)\n    {{\n");
            for (var i = 0; i < linesPerMethod; i++)
            {
                sb.Append($"        x = (x * {i + 3}) + Helper{m}(x, \"value number {i} of method {m}\");\n");
            }

            sb.Append("        return x;\n    }\n\n");
        }

        return sb.Append("}\n").ToString();
    }
}
