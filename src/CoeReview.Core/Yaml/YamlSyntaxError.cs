namespace CoeReview.Core.Yaml;

/// <summary>A YAML syntax error: the 1-based line to look at and what is wrong there.</summary>
public sealed record YamlSyntaxError(int Line, string Message);
