using CoeReview.Analysis.Projects;

namespace CoeReview.Analysis.Tests;

public sealed class ProjectSettingsTests
{
    [Fact]
    public async Task Files_removed_by_Compile_Remove_are_not_compiled_with_the_project()
    {
        // Given a project that removes samples/** whose copy of a type would clash with the real one
        var files = new Dictionary<string, string>
        {
            ["p/P.csproj"] = "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><Compile Remove=\"samples/**\" /></ItemGroup></Project>",
            ["p/A.cs"] = "namespace P;\npublic sealed class A { }\n",
            ["p/samples/A.cs"] = "namespace P;\npublic sealed class A { }\n",
        };

        var found = await new RoslynAnalysisEngine(RoslynAnalysisOptions.SyntaxOnly).AnalyzeAsync(Fixtures.InMemory(files, "p/A.cs"), CancellationToken.None);

        // Then there is no duplicate-definition error
        Assert.Empty(found);
    }

    [Fact]
    public void The_model_reads_sdk_usings_nullable_and_references_from_the_project_and_Directory_Build_props()
    {
        var texts = new Dictionary<string, string>
        {
            ["Directory.Build.props"] = "<Project><PropertyGroup><Nullable>enable</Nullable><ImplicitUsings>enable</ImplicitUsings></PropertyGroup></Project>",
            ["src/Web/Web.csproj"] = "<Project Sdk=\"Microsoft.NET.Sdk.Web\"><PropertyGroup><TargetFramework>net10.0</TargetFramework><Nullable>disable</Nullable></PropertyGroup>"
                + "<ItemGroup><ProjectReference Include=\"..\\Lib\\Lib.csproj\" /><Using Include=\"Xunit\" /><PackageReference Include=\"Serilog\" Version=\"4.0.0\" /></ItemGroup></Project>",
        };

        var model = Read(texts, "src/Web/Web.csproj");

        Assert.Equal((Microsoft.CodeAnalysis.NullableContextOptions.Disable, "Microsoft.NET.Sdk.Web", "net10.0"), (model.Nullable, model.Sdk, model.Framework?.Moniker));
        Assert.Equal(["src/Lib/Lib.csproj"], model.ProjectReferences);
        Assert.Equal(["Serilog"], model.PackageReferences);
        Assert.Contains(new GlobalUsing("Xunit", null, false), model.GlobalUsings);
        Assert.Contains(new GlobalUsing("Microsoft.AspNetCore.Builder", null, false), model.GlobalUsings);
        Assert.Contains("Microsoft.AspNetCore.App", model.FrameworkReferences);
    }

    internal static ProjectModel Read(IReadOnlyDictionary<string, string> texts, string project)
    {
        var files = new SnapshotFileSystem(new InMemorySnapshot(texts), "/repo", texts.Keys);
        return new ProjectModelReader(files, "/repo").Read(project);
    }
}
