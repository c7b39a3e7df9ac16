using CoeReview.Routing.Embedding.Onnx;

namespace CoeReview.Routing.Tests;

public sealed class ProtoPiecesTests
{
    [Fact]
    public void A_message_put_together_from_pieces_has_the_bytes_the_stream_writer_writes()
    {
        byte[] fixed32 = [1, 2, 3, 4];
        var big = Enumerable.Range(0, 300).Select(i => (byte)i).ToArray();
        using var expected = new MemoryStream();
        ProtoWire.WriteVarint(expected, 1, 150);
        ProtoWire.Write(expected, new ProtoField(2, 5, 0, fixed32));
        using (var nested = new MemoryStream())
        {
            ProtoWire.WriteText(nested, 8, "weights");
            ProtoWire.WriteBytes(nested, 9, big);
            ProtoWire.WriteBytes(expected, 5, nested.ToArray());
        }

        ProtoWire.Write(expected, new ProtoField(3, 0, 1UL << 40, default));
        var pieces = new ProtoPieces();
        pieces.Varint(1, 150);
        pieces.Field(new ProtoField(2, 5, 0, fixed32));
        var inner = new ProtoPieces();
        inner.Text(8, "weights");
        inner.Bytes(9, big);
        pieces.Message(5, inner);
        pieces.Field(new ProtoField(3, 0, 1UL << 40, default));

        var actual = pieces.ToArray();

        Assert.Equal(expected.ToArray(), actual);
        Assert.Equal(actual.Length, pieces.Length);
        var read = ProtoWire.Read(actual);
        Assert.Equal([1, 2, 5, 3], read.Select(f => f.Number));
        Assert.Equal(big, ProtoWire.Read(read[2].Bytes).Single(f => f.Number == 9).Bytes.ToArray());
    }
}
