namespace CoeReview.Routing.Embedding.Onnx;

/// <summary>One field of a protobuf message as it is on the wire: its number, wire type and raw value.</summary>
/// <param name="Number">The field number.</param>
/// <param name="WireType">0 varint, 1 fixed 64, 2 length-delimited, 5 fixed 32.</param>
/// <param name="Varint">The value of a varint field.</param>
/// <param name="Bytes">The value of any other field (without its length prefix).</param>
internal readonly record struct ProtoField(int Number, int WireType, ulong Varint, ReadOnlyMemory<byte> Bytes)
{
    public string Text => System.Text.Encoding.UTF8.GetString(Bytes.Span);
}
