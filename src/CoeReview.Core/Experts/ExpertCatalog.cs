namespace CoeReview.Core.Experts;

/// <summary>The experts available to a review, in a stable order.</summary>
public sealed class ExpertCatalog
{
    public ExpertCatalog(IEnumerable<ExpertDefinition> experts)
    {
        ArgumentNullException.ThrowIfNull(experts);
        Experts = experts.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<ExpertDefinition> Experts { get; }

    public ExpertDefinition? Find(string id) => Experts.FirstOrDefault(e => e.Id == id);

    /// <summary>A catalog with only the named experts; unknown names are returned for the caller to report.</summary>
    public ExpertCatalog Select(IReadOnlyCollection<string> ids, out IReadOnlyList<string> unknown)
    {
        unknown = ids.Where(id => Find(id) is null).ToList();
        return new ExpertCatalog(Experts.Where(e => ids.Contains(e.Id)));
    }
}
