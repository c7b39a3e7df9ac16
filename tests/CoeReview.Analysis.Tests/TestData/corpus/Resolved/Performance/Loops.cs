using System.Collections;
using System.Text;
using Dapper;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;

namespace Corpus.Performance;

public sealed class Loops(ShopContext db, SqlConnection connection)
{
    public string Join(IEnumerable<string> items)
    {
        var result = "";
        foreach (var item in items)
        {
            result += item + ","; // expect: string-concat-in-loop
        }

        return result;
    }

    public List<string> Match(List<User> orders, List<User> customers, List<int> blocked)
    {
        var names = new List<string>();
        foreach (var order in orders)
        {
            var customer = customers.FirstOrDefault(c => c.Id == order.CustomerId); // expect: quadratic-search
            if (customer is not null && !blocked.Contains(customer.Id)) // expect: quadratic-search
            {
                names.Add(customer.Name);
            }
        }

        return names;
    }

    public async Task<List<User>> Load(IEnumerable<int> ids)
    {
        var users = new List<User>();
        foreach (var id in ids)
        {
            var user = await db.Users.FirstOrDefaultAsync(u => u.Id == id); // expect: n-plus-one
            if (user is not null)
            {
                users.Add(user);
            }
        }

        return users;
    }

    public int Names(int[] ids)
    {
        var total = 0;
        for (var i = 0; i < ids.Length; i++)
        {
            total += connection.Query<string>("SELECT Name FROM Users WHERE Id = @id", new { id = ids[i] }).Count(); // expect: n-plus-one
        }

        return total;
    }

    public int Sum(string[] values)
    {
        var sum = 0;
        foreach (var value in values)
        {
            try
            {
                sum += int.Parse(value); // expect: exceptions-for-control-flow
            }
            catch (FormatException)
            {
            }
        }

        return sum;
    }

    public ArrayList Box(int count)
    {
        var list = new ArrayList();
        for (var i = 0; i < count; i++)
        {
            list.Add(i); // expect: boxing-in-loop
        }

        return list;
    }

    public int Nested(List<List<int>> groups, List<int> wanted)
    {
        var hits = 0;
        foreach (var group in groups)
        {
            foreach (var item in group)
            {
                hits += wanted.Count(w => w == item); // expect: allocation-in-loop, quadratic-search
            }
        }

        return hits;
    }
}
