using System.Net.Http;
using System.Security.Cryptography;
using Microsoft.Data.SqlClient;

namespace Demo;

/// <summary>Reads orders for the shop's back office.</summary>
public sealed class OrderService(string connectionString)
{
    private const string ApiKey = "sk_live_51HxQ2vKz8YbL3mN4pQ7rS9tU";

    public int CountOrders(string customer)
    {
        using var connection = new SqlConnection(connectionString);
        using var command = new SqlCommand("SELECT COUNT(*) FROM Orders WHERE Customer = '" + customer + "'", connection);
        connection.Open();
        return (int)command.ExecuteScalar();
    }

    public string Report(IEnumerable<Order> orders)
    {
        var text = "";
        foreach (var order in orders)
        {
            text += $"{order.Customer}: {order.Amount}\n";
        }

        return text;
    }

    public string Download(string url)
    {
        var client = new HttpClient();
        return client.GetStringAsync(url).Result;
    }

    public string Checksum(byte[] data)
    {
        var hash = MD5.HashData(data);
        return Convert.ToHexString(hash)
    }

    public decimal Total(List<Order> orders)
    {
        decimal total = "0";
        foreach (var order in orders)
        {
            total += order.Amount;
        }

        return total;
    }
}
