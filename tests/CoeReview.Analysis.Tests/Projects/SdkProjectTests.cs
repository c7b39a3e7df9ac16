namespace CoeReview.Analysis.Tests.Projects;

/// <summary>
/// A library and its xunit test project (global usings from the csproj and from a GlobalUsings.cs,
/// a ProjectReference, async tests), restored and built by dotnet: the review must agree with the build.
/// </summary>
[Trait("Category", "Slow")]
public sealed class SdkProjectTests : IClassFixture<SdkProjectTests.Repo>
{
    private readonly Repo _repo;

    public SdkProjectTests(Repo repo) => _repo = repo;

    [Fact]
    public async Task A_restored_library_and_its_tests_get_exactly_the_builds_diagnostics()
    {
        var (found, projects) = await _repo.Disk.ReviewAsync("src/Lib/Calculator.cs", "tests/Lib.Tests/CalculatorTests.cs");

        Assert.Empty(_repo.BuildDiagnostics);
        Assert.Empty(found);
        var tests = Assert.Single(projects, p => p.Path == "tests/Lib.Tests/Lib.Tests.csproj");
        Assert.Equal(("complete", true, "net10.0"), (tests.Status, tests.Restored, tests.TargetFramework));
    }

    [Fact]
    public async Task A_planted_error_in_a_test_is_found_in_a_restored_project()
    {
        _repo.Disk.Write("tests/Lib.Tests/Planted.cs", Planted);

        var (found, _) = await _repo.Disk.ReviewAsync("tests/Lib.Tests/Planted.cs");

        Assert.Equal(["CS0029"], found.Select(f => f.RuleId));
        Assert.Equal(7, found[0].Line);
    }

    internal const string Planted = """
        namespace Lib.Tests;

        public sealed class Planted
        {
            [Fact]
            public async Task Adds() {
                int sum = "three";
                await Task.Yield();
                Assert.Equal(3, sum);
            }
        }
        """;

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

    internal static Dictionary<string, string> Files => new()
    {
        // Visual Studio writes a byte-order mark into project files.
        ["Directory.Build.props"] = "\uFEFF<Project><PropertyGroup><Nullable>enable</Nullable><ImplicitUsings>enable</ImplicitUsings>"
            + "<TargetFramework>net10.0</TargetFramework></PropertyGroup><Import Project=\"eng/Common.props\" /></Project>",
        ["eng/Common.props"] = "<Project><PropertyGroup><LangVersion Condition=\"'$(MSBuildProjectName)' != ''\">latest</LangVersion></PropertyGroup></Project>",
        ["src/Lib/Lib.csproj"] = "\uFEFF<Project Sdk=\"Microsoft.NET.Sdk\" />",
        ["src/Lib/Calculator.cs"] = """
            namespace Lib;

            public sealed class Calculator
            {
                public int Add(int a, int b) => a + b;

                public async Task<int> AddLaterAsync(int a, int b, CancellationToken cancellationToken)
                {
                    await Task.Delay(1, cancellationToken);
                    return Add(a, b);
                }
            }
            """,
        ["tests/Lib.Tests/Lib.Tests.csproj"] = """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <PackageReference Include="xunit" Version="2.9.3" />
                <ProjectReference Include="..\..\src\Lib\Lib.csproj" />
                <Using Include="Lib" />
              </ItemGroup>
            </Project>
            """,
        ["tests/Lib.Tests/GlobalUsings.cs"] = "global using Xunit;\n",
        ["tests/Lib.Tests/CalculatorTests.cs"] = """
            namespace Lib.Tests;

            public sealed class CalculatorTests
            {
                [Fact]
                public async Task Adds_later()
                {
                    var sum = await new Calculator().AddLaterAsync(1, 2, CancellationToken.None);
                    Assert.Equal(3, sum);
                }

                [Theory]
                [InlineData(1, 2, 3)]
                public void Adds(int a, int b, int expected) => Assert.Equal(expected, new Calculator().Add(a, b));
            }
            """,
    };
}
