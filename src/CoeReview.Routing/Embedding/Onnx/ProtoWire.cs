namespace CoeReview.Routing.Embedding.Onnx;

/// <summary>
/// Just enough of protobuf's wire format to rewrite an ONNX model: read a message's fields in order
/// (<see cref="ProtoPieces"/> writes them back). Fields the rewrite does not touch are copied byte for
/// byte, so nothing of the model is lost to a schema this code does not know.
/// </summary>
internal static class ProtoWire
{
    public static List<ProtoField> Read(ReadOnlyMemory<byte> message)
    {
        var fields = new List<ProtoField>();
        var span = message.Span;
        var at = 0;
        while (at < span.Length)
        {
            var key = ReadVarint(span, ref at);
            var number = (int)(key >> 3);
            var wire = (int)(key & 7);
            switch (wire)
            {
                case 0:
                    fields.Add(new ProtoField(number, wire, ReadVarint(span, ref at), default));
                    break;
                case 1:
                case 5:
                    var size = wire == 1 ? 8 : 4;
                    fields.Add(new ProtoField(number, wire, 0, Slice(message, at, size)));
                    at += size;
                    break;
                case 2:
                    var length = checked((int)ReadVarint(span, ref at));
                    fields.Add(new ProtoField(number, wire, 0, Slice(message, at, length)));
                    at += length;
                    break;
                default:
                    throw new InvalidDataException($"protobuf wire type {wire} is not supported");
            }
        }

        return fields;
    }

    /// <summary>The varints of a repeated int64 field, packed or not.</summary>
    public static List<long> Int64s(IEnumerable<ProtoField> fields, int number)
    {
        var values = new List<long>();
        foreach (var f in fields.Where(f => f.Number == number))
        {
            if (f.WireType == 0)
            {
                values.Add((long)f.Varint);
                continue;
            }

            var span = f.Bytes.Span;
            var at = 0;
            while (at < span.Length)
            {
                values.Add((long)ReadVarint(span, ref at));
            }
        }

        return values;
    }

    private static ReadOnlyMemory<byte> Slice(ReadOnlyMemory<byte> message, int at, int length) =>
        at + length <= message.Length ? message.Slice(at, length) : throw new InvalidDataException("protobuf field runs past its message");

    private static ulong ReadVarint(ReadOnlySpan<byte> span, ref int at)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (at >= span.Length)
            {
                throw new InvalidDataException("protobuf varint runs past its message");
            }

            var b = span[at++];
            value |= (ulong)(b & 0x7f) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new InvalidDataException("protobuf varint is too long");
    }
}
