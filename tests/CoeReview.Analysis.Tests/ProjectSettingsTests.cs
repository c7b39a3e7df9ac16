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
    public void Settings_read_sdk_usings_nullable_and_references_from_the_project_and_Directory_Build_props()
    {
        var texts = new Dictionary<string, string>
        {
            ["Directory.Build.props"] = "<Project><PropertyGroup><Nullable>enable</Nullable><ImplicitUsings>enable</ImplicitUsings></PropertyGroup></Project>",
            ["src/Web/Web.csproj"] = "<Project Sdk=\"Microsoft.NET.Sdk.Web\"><PropertyGroup><Nullable>disable</Nullable></PropertyGroup>"
                + "<ItemGroup><ProjectReference Include=\"..\\Lib\\Lib.csproj\" /><Using Include=\"Xunit\" /></ItemGroup></Project>",
        };

        var settings = Workspace.ProjectSettings.Read("src/Web/Web.csproj", p => texts.GetValueOrDefault(p), texts.Keys.ToList());

        Assert.Equal(("disable", true, "Microsoft.NET.Sdk.Web", true), (settings.Nullable, settings.ImplicitUsings, settings.Sdk, settings.HasExternalReferences));
        Assert.Equal(["src/Lib/Lib.csproj"], settings.ProjectReferences);
        Assert.Contains(("Xunit", null, false), settings.Usings);
    }
}
