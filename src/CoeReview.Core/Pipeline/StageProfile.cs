using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Runtime;

namespace CoeReview.Core.Pipeline;

/// <summary>
/// Where a review's time goes, stage by stage (diff, project load, compilation, each analyzer group,
/// routing, experts, merge, render), for `--profile` and COE_REVIEW_TRACE=1. Stages that run in
/// parallel add up their own time, so the sum may exceed the wall time; each line also says when the
/// stage first started and last ended (from the start), which shows the critical path. Off, it costs one branch.
/// </summary>
public static class StageProfile
{
    private static readonly ConcurrentDictionary<string, (double Ms, int Count, double First, double Last)> s_stages = new(StringComparer.Ordinal);
    private static readonly ConcurrentQueue<string> s_order = new();
    private static long s_started = Stopwatch.GetTimestamp();

    public static bool Enabled { get; set; } = Environment.GetEnvironmentVariable("COE_REVIEW_TRACE") == "1";

    /// <summary>Times the stage until the returned value is disposed.</summary>
    public static Scope Stage(string name) => new(Enabled ? name : null);

    public static void Reset()
    {
        s_stages.Clear();
        s_order.Clear();
        s_started = Stopwatch.GetTimestamp();
    }

    /// <summary>Adds a stage's time as if it ended now.</summary>
    public static void Add(string name, double ms)
    {
        if (!Enabled)
        {
            return;
        }

        var end = Stopwatch.GetElapsedTime(s_started).TotalMilliseconds;
        if (s_stages.TryAdd(name, (0, 0, double.MaxValue, 0)))
        {
            s_order.Enqueue(name);
        }

        s_stages.AddOrUpdate(name, (ms, 1, end - ms, end), (_, v) => (v.Ms + ms, v.Count + 1, Math.Min(v.First, end - ms), Math.Max(v.Last, end)));
    }

    /// <summary>One line per stage in the order they first ran, and the process's wall time since Reset.</summary>
    public static void Write(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var inv = CultureInfo.InvariantCulture;
        writer.WriteLine("profile (ms; parallel stages overlap; from-to is since the start):");
        foreach (var name in s_order)
        {
            var (ms, count, first, last) = s_stages[name];
            writer.WriteLine(string.Create(inv, $"  {name,-36} {ms,9:0.0}  {first,6:0}-{last,-6:0}{(count > 1 ? $"  ({count}x)" : "")}"));
        }

        // A cold process compiles what was not precompiled: the JIT's time on all threads, and how many methods.
        writer.WriteLine(string.Create(inv, $"  {"jit (all threads)",-36} {JitInfo.GetCompilationTime().TotalMilliseconds,9:0.0}  {JitInfo.GetCompiledMethodCount()} methods"));
        writer.WriteLine(string.Create(inv, $"  {"gc pauses",-36} {GC.GetTotalPauseDuration().TotalMilliseconds,9:0.0}  {GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2"));
        writer.WriteLine(string.Create(inv, $"  {"wall since start",-36} {Stopwatch.GetElapsedTime(s_started).TotalMilliseconds,9:0.0}"));
    }

    public readonly struct Scope(string? name) : IDisposable
    {
        private readonly long _start = name is null ? 0 : Stopwatch.GetTimestamp();

        public void Dispose()
        {
            if (name is not null)
            {
                Add(name, Stopwatch.GetElapsedTime(_start).TotalMilliseconds);
            }
        }
    }
}
