namespace CoeReview.SecuritySuite;

/// <summary>
/// Picks N cases of a category, the same ones for the same seed: the cases of each flow variant are
/// shuffled, the variants too, then one case is taken per variant in turn, so 30 cases span ~30 variants
/// instead of 30 of the first source kind.
/// </summary>
internal static class CaseSampler
{
    public static IReadOnlyList<CaseFlows> Pick(IReadOnlyList<CaseFlows> cases, int perCategory, int seed)
    {
        ArgumentNullException.ThrowIfNull(cases);
        if (perCategory <= 0 || cases.Count <= perCategory)
        {
            return cases;
        }

        var groups = cases.GroupBy(c => c.Case.Variant, StringComparer.Ordinal)
            .OrderBy(g => Rank(seed, g.First().Case.Category + g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Queue<CaseFlows>(g.OrderBy(c => Rank(seed, c.Case.Name)).ThenBy(c => c.Case.Name, StringComparer.Ordinal)))
            .ToList();
        var picked = new List<CaseFlows>();
        while (picked.Count < perCategory)
        {
            foreach (var group in groups.Where(g => g.Count > 0))
            {
                if (picked.Count == perCategory)
                {
                    break;
                }

                picked.Add(group.Dequeue());
            }
        }

        return picked.OrderBy(c => c.Case.Name, StringComparer.Ordinal).ToList();
    }

    // The shuffle is an order by a hash (FNV-1a, finalised) of seed and name: unlike System.Random it is the same on every runtime.
    private static uint Rank(int seed, string name)
    {
        var hash = 2166136261u ^ (uint)seed;
        foreach (var ch in name)
        {
            hash = (hash ^ ch) * 16777619u;
        }

        // MurmurHash3's finaliser: names differ mid-string and share their tail, which plain FNV leaves correlated.
        hash ^= hash >> 16;
        hash *= 0x85ebca6bu;
        hash ^= hash >> 13;
        hash *= 0xc2b2ae35u;
        return hash ^ (hash >> 16);
    }
}
