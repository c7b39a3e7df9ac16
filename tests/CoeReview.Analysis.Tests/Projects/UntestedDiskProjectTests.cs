namespace CoeReview.Analysis.Tests.Projects;

/// <summary>
/// Issue #13.14 on a real library and its xunit test project, restored and built by dotnet: the tests
/// reach members by symbol (an extension method counts, a name in a comment does not, and a member
/// the library calls inside a tested one is not tested by that).
/// </summary>
[Trait("Category", "Slow")]
public sealed class UntestedDiskProjectTests : IClassFixture<UntestedDiskProjectTests.Repo>
{
    private readonly Repo _repo;

    public UntestedDiskProjectTests(Repo repo) => _repo = repo;

    [Fact]
    public async Task A_restored_test_project_reaches_members_by_symbol_not_by_the_names_in_its_text()
    {
        // Given the library and its tests, built clean
        Assert.Empty(_repo.BuildDiagnostics);
        var engine = new RoslynAnalysisEngine(new RoslynAnalysisOptions { CompilerDiagnostics = false, NetAnalyzers = false });
        var diff = DiffSets.AllAdded(_repo.Disk.Root, new DirectorySnapshot(_repo.Disk.Root), ["src/Lib/Calculator.cs", "tests/Lib.Tests/CalculatorTests.cs"]);

        // When both files are reviewed as added
        var found = await engine.AnalyzeAsync(diff, CancellationToken.None);

        // Then the extension method the test calls is tested; Add (called only inside it) and Subtract (named only in a comment) are not
        var note = Assert.Single(found, f => f.RuleId == "COE-TEST-005");
        Assert.Equal("2 changed members have no test in this change (Calculator.Add, Calculator.Subtract), so the new behaviour is unverified.", note.Message);
    }

    /// <summary>The repository, restored and built once for the class.</summary>
    public sealed class Repo : IDisposable
    {
        public Repo()
        {
            Disk = new DiskRepo(Files);
            Disk.Restore("tests/Lib.Tests/Lib.Tests.csproj");
            BuildDiagnostics = Disk.Build("tests/Lib.Tests/Lib.Tests.csproj");
        }

        public DiskRepo Disk { get; }

        public IReadOnlyList<(string Path, int Line, string Id)> BuildDiagnostics { get; }

        public void Dispose() => Disk.Dispose();
    }

    private static Dictionary<string, string> Files => new()
    {
        ["Directory.Build.props"] = "<Project><PropertyGroup><Nullable>enable</Nullable><ImplicitUsings>enable</ImplicitUsings><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>",
        ["src/Lib/Lib.csproj"] = "<Project Sdk=\"Microsoft.NET.Sdk\" />",
        ["src/Lib/Calculator.cs"] = """
            namespace Lib;

            public sealed class Calculator
            {
                public int Add(int a, int b) => a + b;

                public int Subtract(int a, int b) => a - b;
            }

            public static class CalculatorExtensions
            {
                public static int Doubled(this Calculator calculator, int x) => calculator.Add(x, x);
            }
            """,
        ["tests/Lib.Tests/Lib.Tests.csproj"] = """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <PackageReference Include="xunit" Version="2.9.3" />
                <ProjectReference Include="..\..\src\Lib\Lib.csproj" />
                <Using Include="Xunit" />
              </ItemGroup>
            </Project>
            """,
        ["tests/Lib.Tests/CalculatorTests.cs"] = """
            namespace Lib.Tests;

            // Calculator.Subtract is covered by the calculator's other tests.
            public sealed class CalculatorTests
            {
                [Fact]
                public void Doubling_two_is_four() => Assert.Equal(4, new Calculator().Doubled(2));
            }
            """,
    };
}
