namespace CoeReview.Routing.Embedding.Onnx;

/// <summary>
/// A protobuf message put together from pieces that are copied once, into the finished message:
/// a model's weights are tens of megabytes, and writing them through nested streams copied each
/// of them three times into freshly allocated memory (a quarter of the model's load time).
/// </summary>
internal sealed class ProtoPieces
{
    private readonly List<ReadOnlyMemory<byte>> _pieces = [];

    public int Length { get; private set; }

    /// <summary>A field as it was read, its value not copied until <see cref="ToArray"/>.</summary>
    public void Field(ProtoField field)
    {
        if (field.WireType == 0)
        {
            Add(Header(field.Number, 0, field.Varint));
            return;
        }

        Add(field.WireType == 2 ? Header(field.Number, 2, (ulong)field.Bytes.Length) : Header(field.Number, field.WireType, null));
        Add(field.Bytes);
    }

    public void Varint(int number, ulong value) => Add(Header(number, 0, value));

    public void Bytes(int number, ReadOnlyMemory<byte> value)
    {
        Add(Header(number, 2, (ulong)value.Length));
        Add(value);
    }

    public void Text(int number, string value) => Bytes(number, System.Text.Encoding.UTF8.GetBytes(value));

    /// <summary>A nested message as a length-delimited field.</summary>
    public void Message(int number, ProtoPieces message)
    {
        ArgumentNullException.ThrowIfNull(message);
        Add(Header(number, 2, (ulong)message.Length));
        foreach (var piece in message._pieces)
        {
            Add(piece);
        }
    }

    public byte[] ToArray()
    {
        var result = new byte[Length];
        var at = 0;
        foreach (var piece in _pieces)
        {
            piece.Span.CopyTo(result.AsSpan(at));
            at += piece.Length;
        }

        return result;
    }

    private void Add(ReadOnlyMemory<byte> piece)
    {
        _pieces.Add(piece);
        Length = checked(Length + piece.Length);
    }

    // The field's key, then its varint value or its length when it has one.
    private static byte[] Header(int number, int wireType, ulong? value)
    {
        Span<byte> buffer = stackalloc byte[20];
        var at = Varint(buffer, ((ulong)number << 3) | (uint)wireType, 0);
        if (value is { } v)
        {
            at = Varint(buffer, v, at);
        }

        return buffer[..at].ToArray();
    }

    private static int Varint(Span<byte> buffer, ulong value, int at)
    {
        while (value >= 0x80)
        {
            buffer[at++] = (byte)(value | 0x80);
            value >>= 7;
        }

        buffer[at++] = (byte)value;
        return at;
    }
}
