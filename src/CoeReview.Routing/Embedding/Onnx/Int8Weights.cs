using System.Buffers;
using System.Runtime.InteropServices;

namespace CoeReview.Routing.Embedding.Onnx;

/// <summary>
/// A float weight matrix B[K, N] quantized per column to symmetric int8 with seven bits
/// (-63..63), so that the AVX2 kernels' pairwise uint8 × int8 sums cannot saturate on machines
/// without VNNI (ONNX Runtime's quantizer calls this <c>reduce_range</c>).
/// </summary>
internal sealed class Int8Weights
{
    private const int Range = 63;

    private Int8Weights(int rows, int columns, byte[] values, float[] scales)
    {
        Rows = rows;
        Columns = columns;
        Values = values;
        Scales = scales;
    }

    public int Rows { get; }

    public int Columns { get; }

    /// <summary>The int8 values, row-major, as bytes.</summary>
    public byte[] Values { get; }

    /// <summary>One scale per column: a value is <c>q * scale</c>.</summary>
    public float[] Scales { get; }

    /// <summary>Quantizes <paramref name="raw"/>, the matrix as little-endian floats, row-major.</summary>
    public static Int8Weights Quantize(ReadOnlySpan<byte> raw, int rows, int columns)
    {
        if (!BitConverter.IsLittleEndian || raw.Length != rows * columns * sizeof(float))
        {
            throw new InvalidDataException($"a {rows}×{columns} float matrix has {raw.Length} bytes");
        }

        // ONNX's raw data is little-endian, as this machine is; it may not be aligned for floats.
        var rented = ArrayPool<float>.Shared.Rent(rows * columns);
        var matrix = rented.AsSpan(0, rows * columns);
        raw.CopyTo(MemoryMarshal.AsBytes(matrix));
        var max = new float[columns];
        for (var r = 0; r < rows; r++)
        {
            var row = matrix.Slice(r * columns, columns);
            for (var c = 0; c < columns; c++)
            {
                max[c] = MathF.Max(max[c], MathF.Abs(row[c]));
            }
        }

        var scales = max.Select(m => m > 0 ? m / Range : 1f).ToArray();
        var inverse = scales.Select(s => 1f / s).ToArray();
        var values = new byte[rows * columns];
        for (var r = 0; r < rows; r++)
        {
            var row = matrix.Slice(r * columns, columns);
            var quantized = values.AsSpan(r * columns, columns);
            for (var c = 0; c < columns; c++)
            {
                var q = MathF.Round(row[c] * inverse[c], MidpointRounding.ToEven);
                quantized[c] = unchecked((byte)(sbyte)Math.Clamp(q, -Range, Range));
            }
        }

        ArrayPool<float>.Shared.Return(rented);
        return new Int8Weights(rows, columns, values, scales);
    }
}
