using CoeReview.Analysis;
using CoeReview.Core.Diff;

namespace CoeReview.SecuritySuite;

/// <summary>
/// Writes the sampled cases as one SDK-style net48 project per category under a work folder
/// (Juliet.csproj, TestCaseSupport/*.cs, testcases/CWE*/...), and the diff that adds every case file,
/// so the review sees the real project model: framework references, one compilation per project.
/// </summary>
internal static class SuiteWorkspace
{
    // No package references: NLog (Juliet's logger) stays unresolved, as it would in an unrestored review.
    private const string Marker = ".coe-juliet-work";

    private const string Project = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net48</TargetFramework>
            <OutputType>Library</OutputType>
          </PropertyGroup>
          <ItemGroup>
            <Reference Include="System.Configuration" />
            <Reference Include="System.DirectoryServices" />
            <Reference Include="System.Net.Http" />
            <Reference Include="System.Security" />
            <Reference Include="System.Web" />
            <Reference Include="Microsoft.CSharp" />
          </ItemGroup>
        </Project>
        """;

    public static DiffSet Write(string julietSrc, string work, IReadOnlyList<CaseFlows> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        Clear(work);

        var added = new List<string>();
        foreach (var category in cases.GroupBy(c => c.Case.Category, StringComparer.Ordinal))
        {
            var folder = Path.Combine(work, category.Key);
            Directory.CreateDirectory(Path.Combine(folder, "TestCaseSupport"));
            File.WriteAllText(Path.Combine(folder, "Juliet.csproj"), Project);
            foreach (var support in JulietCatalog.SupportFiles(julietSrc))
            {
                File.Copy(support, Path.Combine(folder, "TestCaseSupport", Path.GetFileName(support)));
            }

            foreach (var c in category.Select(f => f.Case))
            {
                foreach (var file in c.Files)
                {
                    var path = c.RepoPath(file);
                    var target = Path.Combine(work, path);
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    File.Copy(file, target);
                    added.Add(path);
                }
            }
        }

        return DiffSets.AllAdded(work, new DirectorySnapshot(work), added);
    }

    // Only a folder this class wrote (it has the marker) or an empty one is deleted: --work . must not wipe a checkout.
    private static void Clear(string work)
    {
        var marker = Path.Combine(work, Marker);
        if (Directory.Exists(work) && Directory.EnumerateFileSystemEntries(work).Any())
        {
            if (!File.Exists(marker))
            {
                throw new ArgumentException($"--work {work} is not empty and was not written by this benchmark; give a new or empty folder");
            }

            Directory.Delete(work, recursive: true);
        }

        Directory.CreateDirectory(work);
        File.WriteAllText(marker, "Written by CoeReview.SecuritySuite; deleted and rewritten on each run.\n");
    }
}
