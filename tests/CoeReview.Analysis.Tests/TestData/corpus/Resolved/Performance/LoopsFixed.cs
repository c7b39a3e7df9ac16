using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Corpus.Performance;

public sealed class LoopsFixed(ShopContext db)
{
    public string Join(IEnumerable<string> items)
    {
        var result = new StringBuilder();
        foreach (var item in items)
        {
            result.Append(item).Append(',');
        }

        var label = "items: ";
        label += result.Length;
        return label + result;
    }

    public List<string> Match(List<User> orders, List<User> customers, HashSet<int> blocked)
    {
        var byId = customers.ToDictionary(c => c.Id);
        var names = new List<string>();
        foreach (var order in orders)
        {
            if (byId.TryGetValue(order.CustomerId, out var customer) && !blocked.Contains(customer.Id) && customer.Name.Contains('a'))
            {
                names.Add(customer.Name);
            }
        }

        return names;
    }

    public async Task<List<User>> Load(List<int> ids) => await db.Users.Where(u => ids.Contains(u.Id)).ToListAsync();

    public int Sum(string[] values)
    {
        var sum = 0;
        foreach (var value in values)
        {
            var line = "";
            line += value;
            if (int.TryParse(line, out var n))
            {
                sum += n;
            }
        }

        return sum;
    }

    public int ParseOnce(string value)
    {
        try
        {
            return int.Parse(value);
        }
        catch (FormatException)
        {
            return 0;
        }
    }

    public List<int> Typed(int count)
    {
        var list = new List<int>();
        for (var i = 0; i < count; i++)
        {
            list.Add(i);
            Console.WriteLine($"item {i}");
        }

        return list;
    }

    public int Flat(List<int> items, HashSet<int> wanted) => items.Count(static i => i > 0) + items.Count(wanted.Contains);
}
