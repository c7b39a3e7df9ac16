namespace Clean;

// Needs the SDK's implicit usings (System.Linq, System.IO, Task) and the Shape type of another file.
public static class UsesImplicitUsings
{
    public static async Task<int> CountAsync(IEnumerable<Shapes.Shape> shapes, CancellationToken ct)
    {
        await Task.Delay(1, ct);
        var total = shapes.Where(s => s.Area() > 1).Count();
        Console.WriteLine(Path.Combine("a", "b"));
        return total;
    }

    public static string? Maybe(string? text) => text;

    public static int Length(string? text) => text.Length;
}
