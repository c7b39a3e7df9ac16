using Microsoft.EntityFrameworkCore;

namespace Corpus;

public sealed class User
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public string Email { get; set; } = "";

    public int CustomerId { get; set; }
}

public sealed class ShopContext : DbContext
{
    public DbSet<User> Users { get; } = null!;
}
