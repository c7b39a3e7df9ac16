using CoeReview.Core.Config;
using CoeReview.Core.Routing;

namespace CoeReview.Cli.Composition;

/// <summary>Chooses the router the config asks for.</summary>
public static class Routers
{
    public static IRouter Create(ReviewConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new RuleRouter();
    }
}
