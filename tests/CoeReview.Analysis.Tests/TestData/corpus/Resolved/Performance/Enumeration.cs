namespace Corpus.Performance;

public static class Enumeration
{
    public static string Describe(IEnumerable<User> users)
    {
        if (!users.Any())
        {
            return "none";
        }

        var count = users.Count(); // expect: multiple-enumeration
        return count + " users";
    }

    public static int Total(IEnumerable<int> values)
    {
        var sum = 0;
        foreach (var v in values)
        {
            sum += v;
        }

        return sum / Math.Max(1, values.Count()); // expect: multiple-enumeration
    }
}

public static class EnumerationFixed
{
    public static string Describe(IEnumerable<User> users)
    {
        var list = users.ToList();
        return list.Count == 0 ? "none" : list.Count + " users";
    }

    public static int Once(IEnumerable<int> values) => values.Sum();

    public static int Twice(IReadOnlyList<int> values) => values.Count + values.Sum();

    public static bool Lazy(IEnumerable<int> values, int x) => values.Any(v => v == x);
}
