namespace Demo;

public sealed class Order
{
    public required string Customer { get; init; }

    public decimal Amount { get; init; }
}
