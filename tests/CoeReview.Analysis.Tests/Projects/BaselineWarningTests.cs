using CoeReview.Core.Diff;

namespace CoeReview.Analysis.Tests.Projects;

public sealed class BaselineWarningTests
{
    [Fact]
    public async Task A_warning_the_base_already_had_at_the_same_code_is_not_the_changes_but_a_new_one_is()
    {
        // Given a change that re-indents a line the base already warned on (CS0168) and adds a new unused variable
        const string head = "namespace P;\n\npublic sealed class A\n{\n    public void M()\n    {\n            int unused;\n        int fresh;\n    }\n}\n";
        const string diffText = "diff --git a/p/A.cs b/p/A.cs\n--- a/p/A.cs\n+++ b/p/A.cs\n@@ -5,4 +5,5 @@\n     public void M()\n     {\n-        int unused;\n+            int unused;\n+        int fresh;\n     }\n";
        var files = new Dictionary<string, string>
        {
            ["p/P.csproj"] = "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>",
            ["p/A.cs"] = head,
        };
        var diff = new DiffSet("/repo", "BASE", "HEAD", UnifiedDiffParser.Parse(diffText), [], new InMemorySnapshot(files));

        var found = await new RoslynAnalysisEngine(RoslynAnalysisOptions.SyntaxOnly).AnalyzeAsync(diff, CancellationToken.None);

        // Then only the new variable's warning is reported
        Assert.Equal([("CS0168", 8)], found.Select(f => (f.RuleId, f.Line)));
    }
}
