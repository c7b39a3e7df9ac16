using System.Text.Json;
using CoeReview.Core.Diff;
using CoeReview.Testing;

namespace CoeReview.Core.Tests;

public sealed class UnifiedDiffParserTests
{
    public static TheoryData<string> Cases() => new(Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "diffs"), "*.diff")
        .Where(f => !f.EndsWith(".malformed.diff", StringComparison.Ordinal))
        .Select(Path.GetFileNameWithoutExtension)
        .Order(StringComparer.Ordinal)!);

    public static TheoryData<string> Malformed() => new(Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "diffs"), "*.malformed.diff")
        .Select(Path.GetFileName)
        .Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parser_reads_git_diffs_as_the_golden_file_says(string name)
    {
        // Given a diff git printed
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "diffs", name + ".diff"));

        // When it is parsed
        var files = UnifiedDiffParser.Parse(text);

        // Then the model matches the golden file
        var json = JsonSerializer.Serialize(files, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true, Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } });
        Golden.Verify(json + "\n", $"TestData/diffs/{name}.expected.json");
    }

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Parser_rejects_malformed_diffs_with_the_line_in_the_message(string file)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "diffs", file));

        var error = Assert.Throws<DiffFormatException>(() => UnifiedDiffParser.Parse(text));

        Assert.Matches("line [0-9]+", error.Message);
    }

    [Fact]
    public void Parser_numbers_new_and_old_lines_through_mixed_hunks()
    {
        var text = "diff --git a/a.cs b/a.cs\n--- a/a.cs\n+++ b/a.cs\n@@ -10,4 +10,5 @@ class A\n ctx\n-old\n+new1\n+new2\n ctx2\n ctx3\n";

        var hunk = UnifiedDiffParser.Parse(text).Single().Hunks.Single();

        Assert.Equal("class A", hunk.Section);
        Assert.Equal([11, 12], hunk.AddedLines);
        Assert.Equal(11, hunk.Lines.Single(l => l.Kind == DiffLineKind.Deleted).OldLine);
        Assert.Equal(14, hunk.Lines[^1].NewLine);
        Assert.Equal(13, hunk.Lines[^1].OldLine);
    }

    [Fact]
    public void Parser_strips_carriage_returns_of_crlf_content()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "diffs", "crlf-content.diff"));

        var lines = UnifiedDiffParser.Parse(text).Single().Hunks.Single().Lines;

        Assert.All(lines, l => Assert.DoesNotContain('\r', l.Text));
        Assert.Equal("B", lines.Single(l => l.Kind == DiffLineKind.Added).Text);
    }

    [Fact]
    public void Parser_returns_no_files_for_an_empty_diff()
    {
        Assert.Empty(UnifiedDiffParser.Parse(""));
    }
}
