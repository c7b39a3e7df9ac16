using Dapper;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;

namespace Unrestored;

[ApiController]
[Route("orders")]
public sealed class OrdersController(SqlConnection connection, OrdersContext db, HttpClient http) : ControllerBase
{
    [HttpGet("by-customer")]
    public IActionResult ByCustomer(string customer)
    {
        var orders = connection.Query<Order>($"SELECT * FROM Orders WHERE Customer = '{customer}'"); // expect: sql-injection
        return Ok(orders);
    }

    [HttpGet("safe")]
    public IActionResult Safe(string customer) => Ok(connection.Query<Order>("SELECT * FROM Orders WHERE Customer = @customer", new { customer }));

    [HttpGet("raw")]
    public IActionResult Raw(string status) => Ok(db.Orders.FromSqlRaw("SELECT * FROM Orders WHERE Status = '" + status + "'").ToList()); // expect: sql-injection

    [HttpGet("file")]
    public IActionResult File(string name) => PhysicalFile(Path.Combine("/srv/exports", name), "text/csv"); // expect: path-traversal

    [HttpGet("back")]
    public IActionResult Back(string returnUrl) => Redirect(returnUrl); // expect: open-redirect

    [HttpGet("local")]
    public IActionResult Local(string returnUrl) => LocalRedirect(returnUrl);

    [HttpGet("echo")]
    public async Task Echo() => await Response.WriteAsync("<div>" + Request.Query["msg"] + "</div>"); // expect: xss

    [HttpGet("price")]
    public decimal Price(int id)
    {
        var payload = http.GetStringAsync("https://prices/" + id).Result; // expect: sync-over-async
        return decimal.Parse(payload);
    }

    [HttpGet("summary")]
    public async Task<IActionResult> Summary(List<int> ids)
    {
        var names = new List<string>();
        foreach (var id in ids)
        {
            var order = await db.Orders.FirstOrDefaultAsync(o => o.Id == id); // expect: n-plus-one
            names.Add(order?.Customer ?? "");
        }

        var any = db.Orders.Where(o => o.Status == "open").Count() > 0; // expect: count-vs-any
        return Ok(names.Count + (any ? 1 : 0));
    }
}

public sealed class Order
{
    public int Id { get; set; }

    public string Customer { get; set; } = "";

    public string Status { get; set; } = "";
}

public sealed class OrdersContext(DbContextOptions<OrdersContext> options) : DbContext(options)
{
    public DbSet<Order> Orders => Set<Order>();
}
