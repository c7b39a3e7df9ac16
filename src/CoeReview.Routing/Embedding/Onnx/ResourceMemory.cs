using System.Buffers;

namespace CoeReview.Routing.Embedding.Onnx;

/// <summary>
/// An assembly's embedded resource as memory, read where the loader mapped it: the model is 90 MB,
/// and copying it into the managed heap first cost 35 to 50 ms and that much memory per load. The
/// assembly is never unloaded, so the memory stays valid for the process.
/// </summary>
internal sealed unsafe class ResourceMemory : MemoryManager<byte>
{
    private readonly byte* _start;
    private readonly int _length;

    private ResourceMemory(byte* start, int length)
    {
        _start = start;
        _length = length;
    }

    /// <summary>The resource's bytes in place, or null when the stream is not mapped memory.</summary>
    public static ReadOnlyMemory<byte>? Of(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return stream is UnmanagedMemoryStream mapped && mapped.Length <= int.MaxValue
            ? new ResourceMemory(mapped.PositionPointer, checked((int)(mapped.Length - mapped.Position))).Memory
            : null;
    }

    public override Span<byte> GetSpan() => new(_start, _length);

    public override MemoryHandle Pin(int elementIndex = 0) => new(_start + elementIndex);

    public override void Unpin()
    {
    }

    protected override void Dispose(bool disposing)
    {
    }
}
