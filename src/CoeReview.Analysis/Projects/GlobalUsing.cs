namespace CoeReview.Analysis.Projects;

/// <summary>A global using the build generates: a namespace or type, with an alias or as using static.</summary>
public sealed record GlobalUsing(string Name, string? Alias, bool Static)
{
    public string ToCSharp() => $"global using {(Static ? "static " : "")}{(Alias is null ? "" : Alias + " = ")}global::{Name};";
}
