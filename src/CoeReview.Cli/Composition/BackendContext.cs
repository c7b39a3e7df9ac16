using CoeReview.Core.Config;
using CoeReview.Core.Experts;
using CoeReview.Core.Pipeline;

namespace CoeReview.Cli.Composition;

/// <summary>What a backend is built from.</summary>
internal sealed record BackendContext(ReviewConfig Config, ReviewOptions Options, Func<string, string?> Environment, ExpertCatalog Catalog);
