// Minimal stand-ins for xUnit.
namespace Xunit
{
    [AttributeUsage(AttributeTargets.Method)] public class FactAttribute : Attribute { }
    [AttributeUsage(AttributeTargets.Method)] public sealed class TheoryAttribute : FactAttribute { }

    public static class Assert
    {
        public static void True(bool condition) { }
        public static void False(bool condition) { }
        public static void Equal<T>(T expected, T actual) { }
        public static void NotNull(object? value) { }
        public static Task<T> ThrowsAsync<T>(Func<Task> action) where T : Exception => Task.FromResult<T>(null!);
    }
}
