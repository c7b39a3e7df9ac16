namespace CoeReview.Analysis.Tests.Projects;

/// <summary>The same library and tests with no restore (a fresh clone): no missing-reference cascade, a planted error still found.</summary>
public sealed class UnrestoredProjectTests : IDisposable
{
    private readonly DiskRepo _disk = new(SdkProjectTests.Files);

    [Fact]
    public async Task An_unrestored_test_project_reports_none_of_the_missing_package_cascade_and_says_it_ran_degraded()
    {
        var (found, projects) = await _disk.ReviewAsync("src/Lib/Calculator.cs", "tests/Lib.Tests/CalculatorTests.cs");

        Assert.Empty(found);
        var tests = Assert.Single(projects, p => p.Path == "tests/Lib.Tests/Lib.Tests.csproj");
        Assert.Equal(("degraded", false), (tests.Status, tests.Restored));
        Assert.Contains("xunit", tests.Missing);
        Assert.Contains("run dotnet restore", tests.Describe(), StringComparison.Ordinal);

        // The library needs nothing restored: it is complete even so.
        Assert.Equal("complete", Assert.Single(projects, p => p.Path == "src/Lib/Lib.csproj").Status);
    }

    [Fact]
    public async Task A_planted_type_error_is_still_found_without_a_restore()
    {
        _disk.Write("tests/Lib.Tests/Planted.cs", SdkProjectTests.Planted);

        var (found, _) = await _disk.ReviewAsync("tests/Lib.Tests/Planted.cs");

        Assert.Equal(["CS0029"], found.Select(f => f.RuleId));
    }

    [Fact]
    public async Task A_planted_error_in_a_library_that_needs_no_restore_is_found_with_its_exact_diagnostics()
    {
        _disk.Write("src/Lib/Broken.cs", "namespace Lib;\n\npublic sealed class Broken\n{\n    public Task<int> Get() => Task.FromResult(Missing);\n}\n");

        var (found, _) = await _disk.ReviewAsync("src/Lib/Broken.cs");

        Assert.Equal([("CS0103", 5)], found.Select(f => (f.RuleId, f.Line)));
    }

    public void Dispose() => _disk.Dispose();
}
