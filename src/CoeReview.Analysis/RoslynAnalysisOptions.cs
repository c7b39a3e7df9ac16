namespace CoeReview.Analysis;

/// <summary>What the Roslyn engine runs; everything is on by default.</summary>
public sealed record RoslynAnalysisOptions
{
    /// <summary>Only the syntax expert's compiler diagnostics.</summary>
    public static RoslynAnalysisOptions SyntaxOnly { get; } = new() { CompilerDiagnostics = true };

    /// <summary>Report compiler diagnostics (the syntax expert's CS* rules).</summary>
    public bool CompilerDiagnostics { get; init; } = true;
}
