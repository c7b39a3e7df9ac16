namespace CoeReview.Analysis.Tests.Quality;

/// <summary>One expected finding of the corpus: a category on a line of a case file.</summary>
internal sealed record CorpusLabel(string Path, int Line, string Category);
