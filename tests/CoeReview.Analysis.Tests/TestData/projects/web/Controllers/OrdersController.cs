using System.Data;
using Dapper;
using Microsoft.AspNetCore.Mvc;
using Newtonsoft.Json;

namespace Web.Controllers;

[ApiController]
[Route("api/[controller]")]
public sealed class OrdersController(IDbConnection db, ILogger<OrdersController> logger) : ControllerBase
{
    [HttpGet("{id}")]
    public async Task<IActionResult> Get(int id)
    {
        logger.LogInformation("Getting {Id}", id);
        var order = await db.QuerySingleAsync<Order>("select * from orders where id = @id", new { id });
        var json = JsonConvert.SerializeObject(order, Formatting.Indented);
        int count = db.Query<int>("select count(*) from orders").Single();
        string name = order.Customer.Name;
        return Ok(json + name + count);
    }

    [HttpPost]
    public IActionResult Post([FromBody] Order order)
    {
        if (!ModelState.IsValid)
        {
            return BadRequest(ModelState);
        }

        return CreatedAtAction(nameof(Get), new { id = order.Id }, order);
    }
}
