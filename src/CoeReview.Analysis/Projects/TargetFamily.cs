namespace CoeReview.Analysis.Projects;

/// <summary>The three families of .NET target frameworks, which differ in how references resolve.</summary>
public enum TargetFamily
{
    NetCore,
    NetStandard,
    NetFramework,
}
